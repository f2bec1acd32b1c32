/**
 * @module How the recommendations area writes its figures and reads its fields — counts,
 * click-through and scores in the admin's language, placement and event names, categories
 * typed as one line, and which field a refusal from the settings API is about. Pure, so
 * each wording is testable.
 */
import type { FieldError } from '../../core/api-client.ts';
import { adminLocale } from '../app/admin-i18n.ts';
import type { Placement } from './recommendations-api.ts';
import { recommendationsTexts, recsText } from './recommendations-texts.ts';

/** A count as the admin's language writes it ("1,234"). */
export const countLabel = (n: number): string => new Intl.NumberFormat(adminLocale()).format(n);

/** A share as a percentage with at most one decimal ("3.5%"); a dash when nothing was shown. */
export const shareLabel = (share: number, shown = true): string =>
  shown ? new Intl.NumberFormat(adminLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(share) : '–';

/** Scores at or past this are the serving layer's "always first" (a size that fits better). */
const PINNED = 1e9;

/** An item's score for the merchant: three significant digits, or "Always first". */
export const scoreLabel = (score: number): string =>
  score >= PINNED
    ? recsText('explain.pinned')
    : recsText('explain.score', { score: new Intl.NumberFormat(adminLocale(), { maximumSignificantDigits: 3 }).format(score) });

export const placementLabel = (p: Placement): string => recsText(`placement.${p}`);

/** An event kind as a phrase ("Viewed"); a kind this admin does not know yet shows as the server named it. */
export function eventLabel(kind: string): string {
  const key = `event.${kind}`;
  return recommendationsTexts.has(key) ? recsText(key) : kind;
}

/** A reason kind as a short label for the merchant ("Bought together"). */
export function reasonLabel(kind: string): string {
  const key = `reason.${kind}`;
  return recommendationsTexts.has(key) ? recsText(key) : kind;
}

/** Categories typed on one line: split at Western or Chinese commas, trimmed, empty and repeated ones dropped. */
export function parseCategories(line: string): string[] {
  return [...new Set(line.split(/[,，、]/).map((c) => c.trim()).filter(Boolean))];
}

/** Categories as the field shows them. */
export const categoriesLine = (categories: readonly string[]): string => categories.join(', ');

/** A field of the placement rules form: a placement's list, or the product page address. */
export type RuleField = `${Placement}.${'includeCategories' | 'excludeCategories'}` | 'productUrl';

/**
 * Which fields a validation refusal of `PUT /v1/admin/settings/recommendations` is about,
 * from its field paths (`body.productUrl`, `body.placements.home.excludeCategories.3`).
 */
export function ruleErrors(errors: readonly FieldError[] = []): Set<RuleField> {
  const fields = new Set<RuleField>();
  for (const { path } of errors) {
    const parts = path.split('.');
    const at = parts.indexOf('placements');
    if (parts.includes('productUrl')) fields.add('productUrl');
    else if (at >= 0 && parts[at + 2]) fields.add(`${parts[at + 1]}.${parts[at + 2]}` as RuleField);
  }
  return fields;
}
