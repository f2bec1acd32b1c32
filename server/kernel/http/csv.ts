/**
 * @module The CSV writer for every export: UTF-8 with a byte-order mark (so Excel reads
 * Chinese), CRLF lines, dates as ISO 8601, lists joined with "; ". Every cell is quoted,
 * and every spot where a spreadsheet could start a formula is defused with a leading
 * apostrophe — at the start of a cell and after any character a spreadsheet may split on
 * (Excel in German, French or Dutch reads `;` as the separator, so "a;=CMD()" would be a
 * live formula in its second column).
 */

const FORMULA_START = /(^|[,;\t|\r\n])(\s*)([=+\-@])/g;

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join('; ') : String(v);
  return `"${s.replace(FORMULA_START, "$1$2'$3").replace(/"/g, '""')}"`;
}

/** A whole CSV document: the header row, then one line per row. */
export function toCsv(head: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + [head.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
