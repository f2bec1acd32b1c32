/**
 * @module Contract: a shop's settings — one typed, validated document (brand, feedback
 * response targets and kinds, …; each later feature adds its section here) — and what a
 * widget may know of the shop (`GET /v1/shop`). Widgets import the types.
 */
import { z } from '@hono/zod-openapi';
import { LOCALES } from '../kernel/i18n/locales.ts';
import { DEFAULT_RESPONSE_HOURS, FEEDBACK_KINDS } from '../feedback/limits.ts';
import { PLACEMENTS, RETENTION_DAYS } from '../interactions/limits.ts';
import { DEFAULT_PRODUCT_URL } from '../recommendations/limits.ts';
import { DEFAULT_DELIVERY_DAYS, DELIVERY_METHODS_MAX, MAX_PROCESSING_DAYS, MAX_TRANSIT_DAYS, SHIPPING_METHOD_MAX, shippingMethodKey } from '../orders/limits.ts';

const hours = z.number().int().min(1).max(24 * 30);

export const ResponseTargets = z
  .object({ complaint: hours, suggestion: hours, praise: hours, question: hours })
  .openapi('ResponseTargets');
export type ResponseTargets = z.infer<typeof ResponseTargets>;

export const FeedbackSettingsBody = z
  .object({ responseTargets: ResponseTargets, hiddenKinds: z.array(z.enum(FEEDBACK_KINDS)).max(3) })
  .openapi('FeedbackSettings');
export type FeedbackSettings = z.infer<typeof FeedbackSettingsBody>;

const validZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const BrandSettings = z
  .object({
    /** Buttons and the header rule of emails and customer pages. */
    color: z.string().regex(/^#[0-9a-f]{3,8}$/i, 'A hex colour like #2f5d50').default('#2f5d50'),
    /** The logo shown on emails and customer pages (https only). */
    logoUrl: z.url({ protocol: /^https$/ }).max(2000).optional(),
    /** The store's home page; by default the shop's first allowed origin. */
    homeUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    /** The time zone times are shown in to customers. */
    timeZone: z.string().max(64).refine(validZone, 'An IANA time zone like Europe/Berlin').default('UTC'),
  })
  .openapi('BrandSettings');

export const InteractionSettings = z
  .object({
    /**
     * `required`: a visitor's events are linked to them only after `Rapport.consent(true)`
     * (the default: the law in the EU and the UK); `implied`: unless they said no.
     */
    consent: z.enum(['required', 'implied']).default('required'),
    /** How long the shop keeps its interaction log, in days. */
    retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max).default(RETENTION_DAYS.default),
  })
  .openapi('InteractionSettings');
export type InteractionSettings = z.infer<typeof InteractionSettings>;
const INTERACTION_DEFAULTS: InteractionSettings = { consent: 'required', retentionDays: RETENTION_DAYS.default };

/** One recommendation placement: on or off, and which categories it may show. */
export const PlacementSettings = z
  .object({
    enabled: z.boolean(),
    /** Only these categories (empty: all). */
    includeCategories: z.array(z.string().max(100)).max(50),
    /** Never these categories. */
    excludeCategories: z.array(z.string().max(100)).max(50),
  })
  .openapi('PlacementSettings');
export type PlacementSettings = z.infer<typeof PlacementSettings>;

const PLACEMENT_ON: PlacementSettings = { enabled: true, includeCategories: [], excludeCategories: [] };
const allPlacements = () => Object.fromEntries(PLACEMENTS.map((p) => [p, { ...PLACEMENT_ON }])) as Record<(typeof PLACEMENTS)[number], PlacementSettings>;

export const RecommendationSettingsBody = z
  .object({
    placements: z.object(Object.fromEntries(PLACEMENTS.map((p) => [p, PlacementSettings])) as Record<(typeof PLACEMENTS)[number], typeof PlacementSettings>),
    /** The product page address with `{handle}`: a path on the store, or an absolute https address. */
    productUrl: z
      .string()
      .min(1)
      .max(500)
      .refine((u) => u.includes('{handle}') && /^(\/[^/]|https:\/\/)/.test(u), 'A path like /products/{handle} or an https:// address with {handle}'),
  })
  .openapi('RecommendationSettings');
export type RecommendationSettings = z.infer<typeof RecommendationSettingsBody>;

const ProcessingDays = z.number().int().min(0).max(MAX_PROCESSING_DAYS);
const TransitDays = z.number().int().min(0).max(MAX_TRANSIT_DAYS);

/** A shipping method's own rule: the method as the platform names it ("Express"), its days to pack and to carry. */
export const DeliveryMethodRule = z.object({
  name: z.string().trim().min(1).max(SHIPPING_METHOD_MAX),
  processingDays: ProcessingDays,
  transitDays: TransitDays,
});

/**
 * The shop's delivery rules, for parcels the carrier gave no date for: days to pack, then
 * days on the way — by default, and for each shipping method named (the rule whose name is
 * the order's method, case and spacing aside, else the longest name the method contains).
 */
export const DeliverySettings = z
  .object({
    processingDays: ProcessingDays,
    transitDays: TransitDays,
    methods: z
      .array(DeliveryMethodRule)
      .max(DELIVERY_METHODS_MAX)
      .default([])
      .superRefine((methods, ctx) => {
        const seen = new Set<string>();
        methods.forEach((m, i) => {
          const key = shippingMethodKey(m.name);
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${m.name}" has a rule already` });
          seen.add(key);
        });
      }),
  })
  .openapi('DeliverySettings');
export type DeliverySettings = z.infer<typeof DeliverySettings>;

/** The delivery rules as the admin reads them, with the shipping methods the shop's orders came with (most used first). */
export const DeliverySettingsView = DeliverySettings.extend({
  knownMethods: z.array(z.string()),
}).openapi('DeliverySettingsView');
export type DeliverySettingsView = z.infer<typeof DeliverySettingsView>;

/**
 * The shipment emails the owner switches on (each off until then), and the store's
 * order-status page the emails link back to (`?order=<number>` is added); by default
 * `<first allowed origin>/orders`.
 */
export const ShipmentMailSettingsBody = z
  .object({
    shipped: z.boolean(),
    outForDelivery: z.boolean(),
    delivered: z.boolean(),
    delayed: z.boolean(),
    trackingPageUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  })
  .openapi('ShipmentMailSettings');
export type ShipmentMailSettings = z.infer<typeof ShipmentMailSettingsBody>;
const SHIPMENT_MAILS_OFF: ShipmentMailSettings = { shipped: false, outForDelivery: false, delivered: false, delayed: false };

/**
 * The whole settings document as stored in `shops.settings`. Each setting falls back on
 * its default on its own: one written by an older version (or by hand) that does not
 * validate never takes the others down with it.
 */
export const ShopSettings = z.object({
  brand: z
    .object({
      color: BrandSettings.shape.color.catch('#2f5d50'),
      logoUrl: BrandSettings.shape.logoUrl.catch(undefined),
      homeUrl: BrandSettings.shape.homeUrl.catch(undefined),
      timeZone: BrandSettings.shape.timeZone.catch('UTC'),
    })
    .catch({ color: '#2f5d50', timeZone: 'UTC' })
    .default({ color: '#2f5d50', timeZone: 'UTC' }),
  feedback: z
    .object({
      responseTargets: ResponseTargets.catch({ ...DEFAULT_RESPONSE_HOURS }).default({ ...DEFAULT_RESPONSE_HOURS }),
      hiddenKinds: FeedbackSettingsBody.shape.hiddenKinds.catch([]).default([]),
    })
    .catch({ responseTargets: { ...DEFAULT_RESPONSE_HOURS }, hiddenKinds: [] })
    .default({ responseTargets: { ...DEFAULT_RESPONSE_HOURS }, hiddenKinds: [] }),
  interactions: z
    .object({
      consent: InteractionSettings.shape.consent.catch('required'),
      retentionDays: InteractionSettings.shape.retentionDays.catch(RETENTION_DAYS.default),
    })
    .catch({ ...INTERACTION_DEFAULTS })
    .default({ ...INTERACTION_DEFAULTS }),
  recommendations: z
    .object({
      placements: z
        .object(Object.fromEntries(PLACEMENTS.map((p) => [p, PlacementSettings.catch({ ...PLACEMENT_ON }).default({ ...PLACEMENT_ON })])) as Record<(typeof PLACEMENTS)[number], z.ZodDefault<z.ZodCatch<typeof PlacementSettings>>>)
        .catch(allPlacements)
        .default(allPlacements),
      productUrl: RecommendationSettingsBody.shape.productUrl.catch(DEFAULT_PRODUCT_URL).default(DEFAULT_PRODUCT_URL),
    })
    .catch(() => ({ placements: allPlacements(), productUrl: DEFAULT_PRODUCT_URL }))
    .default(() => ({ placements: allPlacements(), productUrl: DEFAULT_PRODUCT_URL })),
  delivery: z
    .object({
      processingDays: DeliverySettings.shape.processingDays.catch(DEFAULT_DELIVERY_DAYS.processingDays),
      transitDays: DeliverySettings.shape.transitDays.catch(DEFAULT_DELIVERY_DAYS.transitDays),
      methods: DeliverySettings.shape.methods.catch([]),
    })
    .catch({ ...DEFAULT_DELIVERY_DAYS, methods: [] })
    .default({ ...DEFAULT_DELIVERY_DAYS, methods: [] }),
  shipmentMails: z
    .object({
      shipped: z.boolean().catch(false).default(false),
      outForDelivery: z.boolean().catch(false).default(false),
      delivered: z.boolean().catch(false).default(false),
      delayed: z.boolean().catch(false).default(false),
      trackingPageUrl: ShipmentMailSettingsBody.shape.trackingPageUrl.catch(undefined),
    })
    .catch({ ...SHIPMENT_MAILS_OFF })
    .default({ ...SHIPMENT_MAILS_OFF }),
});
export type ShopSettings = z.infer<typeof ShopSettings>;

export const ShopPublic = z
  .object({
    name: z.string(),
    defaultLocale: z.enum(LOCALES),
    currency: z.string(),
    feedback: z.object({
      /** The kinds the feedback widget offers (the owner can hide some). */
      kinds: z.array(z.enum(FEEDBACK_KINDS)),
      /** Promised first-response time per kind, in hours. */
      responseHours: z.record(z.string(), z.number().int()),
    }),
    /** Whether the tracker links events to a visitor only after `Rapport.consent(true)`. */
    tracking: z.object({ consentRequired: z.boolean() }),
  })
  .openapi('ShopPublic');
export type ShopPublic = z.infer<typeof ShopPublic>;

export const MailItem = z.object({
  id: z.uuid(), kind: z.string(), to: z.string(), subject: z.string(),
  /** `kept`: no SMTP_URL is set, so the mail stays in the log instead of being sent; `limited`: over a daily cap, never sent. */
  status: z.enum(['pending', 'sent', 'kept', 'failed', 'limited']),
  attempts: z.number().int(), lastError: z.string().nullable(), createdAt: z.iso.datetime(), sentAt: z.iso.datetime().nullable(), textBody: z.string(),
});
export type MailItem = z.infer<typeof MailItem>;
export const MailList = z.object({ items: z.array(MailItem) }).openapi('MailLog');
