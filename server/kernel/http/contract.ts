/**
 * @module Contract pieces shared by every route: the problem+json schema and locales.
 * Widgets import these *types*; the server validates with the schemas.
 */
import { z } from '@hono/zod-openapi';
import { LOCALES, type Locale as LocaleTag } from '../i18n/locales.ts';

export const Locale = z.enum(LOCALES).openapi('Locale');
export type Locale = LocaleTag;

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://rapport.dev/problems/validation' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The error answers any route can give; routes add their own beside them. */
export const commonErrors = {
  400: problem('Invalid input (field paths in `errors`), malformed JSON or broken UTF-8'),
  413: problem('Body too large'),
  415: problem('Body is not application/json'),
  500: problem('Unexpected server error'),
} as const;

export const storefrontErrors = {
  ...commonErrors,
  403: problem('Origin not allowed for this shop'),
  404: problem('Unknown shop key'),
} as const;

export const adminErrors = {
  ...commonErrors,
  401: problem('Not signed in'),
  403: problem('Missing or wrong CSRF token, or cross-site request'),
} as const;

export { problem };

/** A calendar date as YYYY-MM-DD within years PostgreSQL and people use (1900–9999). */
export const isoDate = () =>
  z.iso.date().refine((d) => d >= '1900-01-01' && d <= '9999-12-31', 'A date between 1900-01-01 and 9999-12-31');

export const ShopHeader = z.object({
  'x-rapport-shop': z.string().openapi({ description: "The shop's public key from the script tag", example: 'pk_demo' }),
});

/** The proof-of-work challenge sent with a 429 when limits are hit (ALTCHA format). */
export const PowChallenge = z
  .object({ algorithm: z.literal('SHA-256'), challenge: z.string(), salt: z.string(), signature: z.string(), maxnumber: z.number().int() })
  .openapi('PowChallenge');
export type PowChallenge = z.infer<typeof PowChallenge>;
