/**
 * @module Text from the platforms made canonical: emails normalized, names joined,
 * HTML entities in titles decoded, and links kept only when they are http(s).
 */

/** Trimmed and lower-cased; null when empty or absent. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const value = email?.trim().toLowerCase();
  return value ? value : null;
}

/** "Bob" + "Norman" → "Bob Norman"; null when both are empty. */
export function fullName(first: string | null | undefined, last: string | null | undefined): string | null {
  const name = [first?.trim(), last?.trim()].filter(Boolean).join(' ');
  return name || null;
}

/** The string trimmed, or null when empty or absent. */
export function textOrNull(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** The longest shipping method name kept (a platform's longer title is cut, never refused). */
export const SHIPPING_METHOD_MAX = 200;

/** A shipping method's name as the platform gave it, trimmed and cut to what is kept; null when none. */
export function shippingMethodOrNull(value: string | null | undefined): string | null {
  return textOrNull(value)?.slice(0, SHIPPING_METHOD_MAX).trim() ?? null;
}

/** The URL when it is an absolute http(s) URL — never `javascript:` or a relative path, which a widget would render as a link. */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// WordPress's wptexturize writes these into product and line names.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', times: '×', laquo: '«', raquo: '»',
};

/** Decodes HTML character references in a plain-text title ("Idea &ndash; Black" → "Idea – Black"). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
