/**
 * @module Server-rendered HTML (demo pages, emails, the customer thread page): the `html` tagged template escapes every value put
 * into it, except markup made by `html` itself, so a page cannot be broken (or
 * scripted) by a product title or a customer's name.
 */

/** Markup that is already safe: made by `html`, or a trusted constant passed to `trusted`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // Absent values and `cond && html`...`` render as nothing, not as "false".
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/** Builds markup; every interpolated value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Marks a constant string (never user data) as markup, e.g. an inline SVG icon. */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);
