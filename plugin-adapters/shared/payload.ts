/**
 * @module Reading a platform payload: zod pieces for the fields platforms send (ids as
 * numbers or text, decimals as strings or numbers, times with a zone), and `mapPayload`,
 * which validates the fields a mapper reads and turns any failure into a refusal naming
 * the JSON path. Unknown fields are ignored (zod objects drop them).
 */
import { z } from 'zod';
import type { MapContext, MappingRefusal, MappingResult } from '../contract.ts';
import type { CanonicalEntity, CanonicalRemoval } from '../canonical.ts';
import { decimalToMinorUnits, isDecimal, normalizeCurrency, numberToDecimal } from './money.ts';

export type Path = (string | number)[];

/** Thrown inside a mapper for what a schema cannot see (an amount the currency cannot hold); `mapPayload` reports it. */
export class MappingFailure extends Error {
  constructor(readonly refusal: Omit<MappingRefusal, 'path'> & { path: Path }) {
    super(refusal.message);
  }
}

/** A platform id as text; a JSON number must be a safe integer (else it was parsed without `parseWebhookJson`). */
export const platformId = z.union([z.string().trim().min(1).max(200), z.number()]).transform((value, ctx) => {
  if (typeof value === 'string') return value;
  if (Number.isSafeInteger(value) && value >= 0) return String(value);
  ctx.addIssue({ code: 'custom', message: 'An id lost precision or is not a whole number: parse the body with parseWebhookJson' });
  return z.NEVER;
});

/** A decimal amount as text, from "199.00" or 195.67 (never an exponent). */
export const decimal = z.union([z.string().trim(), z.number()]).transform((value, ctx) => {
  const text = typeof value === 'number' ? numberToDecimal(value) : value;
  if (text !== null && isDecimal(text)) return text;
  ctx.addIssue({ code: 'custom', message: 'Expected a decimal amount such as "19.99"' });
  return z.NEVER;
});

const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

function toIso(text: string, ctx: z.RefinementCtx): string {
  const time = new Date(text).getTime();
  if (Number.isFinite(time)) return new Date(time).toISOString();
  ctx.addIssue({ code: 'custom', message: 'Not a real date and time' });
  return z.NEVER;
}

/** A time with its zone ("2008-01-10T11:00:00-05:00") → ISO in UTC. A time without a zone is refused: it is ambiguous. */
export const instant = z.string().trim().transform((text, ctx) => {
  if (WITH_ZONE.test(text)) return toIso(text, ctx);
  ctx.addIssue({ code: 'custom', message: 'Expected a date and time with its zone, e.g. 2008-01-10T11:00:00-05:00' });
  return z.NEVER;
});

/** A time the platform states is in UTC without saying so (WooCommerce's `*_gmt` fields). */
export const gmtInstant = z.string().trim().transform((text, ctx) => {
  if (WITHOUT_ZONE.test(text)) return toIso(`${text}Z`, ctx);
  if (WITH_ZONE.test(text)) return toIso(text, ctx);
  ctx.addIssue({ code: 'custom', message: 'Expected a date and time in GMT, e.g. 2017-03-22T19:28:02' });
  return z.NEVER;
});

/** Minor units of a decimal, or a refusal at `path` when the currency cannot hold it exactly. */
export function minorUnits(amount: string, currency: string, path: Path): number {
  const value = decimalToMinorUnits(amount, currency);
  if (value !== null) return value;
  throw new MappingFailure({ reason: 'invalid-field', path, message: `${amount} is not an exact amount of ${currency}` });
}

/** The payload's currency upper-cased, or a refusal at `path`. */
export function currencyAt(code: string, path: Path): string {
  const currency = normalizeCurrency(code);
  if (currency) return currency;
  throw new MappingFailure({ reason: 'invalid-field', path, message: `${code} is not a currency code` });
}

/** The shop's currency for payloads that carry none (products). */
export function shopCurrency(context: MapContext | undefined, path: Path): string {
  const currency = context?.shopCurrency ? normalizeCurrency(context.shopCurrency) : null;
  if (currency) return currency;
  throw new MappingFailure({ reason: 'missing-context', path, message: 'This payload carries no currency: pass the shop currency as context.shopCurrency' });
}

/** `{ "order": {...} }` (a REST response or an export) → the inner object and its path; a bare webhook payload as is. */
export function unwrap(payload: unknown, key: string): { value: unknown; prefix: Path } {
  if (payload && typeof payload === 'object' && !Array.isArray(payload) && !('id' in payload)) {
    const inner = (payload as Record<string, unknown>)[key];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) return { value: inner, prefix: [key] };
  }
  return { value: payload, prefix: [] };
}

export function pathText(path: Path): string {
  return path.map(String).join('.');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Where in a payload the resource sits (a platform's envelope, a REST wrapper). */
export type Locate = (payload: unknown) => { value: unknown; prefix: Path };

/** The payload is the resource itself. */
export const bare: Locate = (value) => ({ value, prefix: [] });
/** The resource, or the resource wrapped as `{ "<key>": {...} }` (a REST response, an export). */
export const wrappedIn = (key: string): Locate => (payload) => unwrap(payload, key);

/** A topic's mapper: find the resource with `locate`, validate it with `schema`, map it. */
export function mapperOf<S extends z.ZodType>(
  schema: S,
  locate: Locate,
  map: (input: z.output<S>, context: MapContext | undefined) => CanonicalEntity[],
): TopicMapper {
  return (payload, context) => {
    const { value, prefix } = locate(payload);
    return mapPayload(schema, value, prefix, (input) => map(input, context));
  };
}

/** A deletion that carries only the id (`{"id": 727}`). */
export function removalOf(entity: CanonicalRemoval['entity'], locate: Locate = bare): TopicMapper {
  return mapperOf(z.object({ id: platformId }), locate, ({ id }) => [{ kind: 'removal', entity, platformId: id }]);
}

/** Maps a payload of `topic` with its mapper from `mappers`; a topic without one is refused. */
export type TopicMapper = (payload: unknown, context?: MapContext) => MappingResult;

export function mapTopic(mappers: Record<string, TopicMapper>, topic: string, payload: unknown, context?: MapContext): MappingResult {
  // Own keys only: a topic named "constructor" must not reach Object.prototype.
  if (Object.hasOwn(mappers, topic)) return mappers[topic](payload, context);
  return { ok: false, refusal: { reason: 'unsupported-topic', path: '', message: `Topic ${topic} is not mapped` } };
}

/**
 * Validates `payload` (under `prefix`, for the paths) with `schema`, then maps it. A field
 * that is absent is `missing-field`, one of the wrong shape `invalid-field`; either way the
 * refusal names the first problem's path in the payload as received.
 */
export function mapPayload<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  prefix: Path,
  map: (input: z.output<S>) => CanonicalEntity[],
): MappingResult {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const missing = valueAt(payload, issue.path) === undefined;
    return {
      ok: false,
      refusal: {
        reason: missing ? 'missing-field' : 'invalid-field',
        path: pathText([...prefix, ...(issue.path as Path)]),
        message: missing ? 'This field is required' : issue.message,
      },
    };
  }
  try {
    return { ok: true, entities: map(parsed.data) };
  } catch (err) {
    if (!(err instanceof MappingFailure)) throw err;
    return { ok: false, refusal: { ...err.refusal, path: pathText([...prefix, ...err.refusal.path]) } };
  }
}
