/**
 * @module The CSV writer: every cell quoted, and no formula can start anywhere a
 * spreadsheet might split a cell — whatever separator it reads the file with.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../server/kernel/http/csv.ts';

/** The cells a spreadsheet sees when it splits each line on `sep` (quotes honoured). */
function read(csv: string, sep: string): string[][] {
  return csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => {
    const cells: string[] = [];
    let cur = '', quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
        else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === sep) { cells.push(cur); cur = ''; }
      else cur += ch;
    }
    cells.push(cur);
    return cells;
  });
}

const HOSTILE = ['=HYPERLINK("http://evil")', 'fine;=cmd|\' /C calc\'!A0', 'a,+1+1', 'x\t@SUM(1)', ' -2+3', 'tab\t=1', 'line\n=2', 'plain text'];

describe('toCsv', () => {
  it('quotes every cell, header included, with a BOM and CRLF lines', () => {
    const csv = toCsv(['a', 'b'], [['1', null], [new Date('2026-01-02T03:04:05Z'), ['x', 'y']]]);
    expect(csv).toBe('\uFEFF"a","b"\r\n"1",""\r\n"2026-01-02T03:04:05.000Z","x; y"\r\n');
  });

  for (const sep of [',', ';', '\t', '|']) {
    it(`leaves no cell starting a formula when read with "${sep === '\t' ? '\\t' : sep}" as the separator`, () => {
      const csv = toCsv(['message'], HOSTILE.map((h) => [h]));
      for (const row of read(csv, sep)) for (const c of row) expect(c.trimStart(), JSON.stringify(c)).not.toMatch(/^[=+\-@]/);
    });
  }

  it('keeps the text readable: only an apostrophe is added', () => {
    const [, ...rows] = read(toCsv(['m'], HOSTILE.map((h) => [h])), ',');
    expect(rows.map((r) => r[0].replace(/'/g, ''))).toEqual(HOSTILE.map((h) => h.replace(/'/g, '')));
  });
});
