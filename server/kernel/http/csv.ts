/**
 * @module The CSV writer for every export: UTF-8 with a byte-order mark (so Excel reads
 * Chinese), CRLF lines, dates as ISO 8601, lists joined with "; ", and cells a
 * spreadsheet would run as formulas defused.
 */

function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join('; ') : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document: the header row, then one line per row. */
export function toCsv(head: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + [head.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
