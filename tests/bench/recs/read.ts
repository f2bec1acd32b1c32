/**
 * @module Recommendation benchmark: reads an interaction file — a RecBole atomic `.inter`
 * file (tab-separated, `name:type` header) or a CSV with a `userId,itemId|movieId,rating,timestamp`
 * header — into plain rows, refusing a malformed file with the line and the reason.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** One rating as read: `line` is its 1-based line in the file (the tie-breaker for equal timestamps). */
export interface RatingRow {
  user: string;
  item: string;
  /** The explicit rating; 1 when the file has no rating column. */
  rating: number;
  /** As written in the file (RecBole and MovieLens use Unix seconds). */
  timestamp: number;
  line: number;
}

export interface RatingFile {
  name: string;
  rows: RatingRow[];
}

/** What a column may be called, by role (compared case-insensitively, RecBole's `:type` removed). */
const COLUMNS = {
  user: ['user_id', 'userid', 'user'],
  item: ['item_id', 'itemid', 'movieid', 'movie_id', 'item'],
  rating: ['rating', 'score'],
  timestamp: ['timestamp', 'time', 'ts'],
} as const;

/** Reads a file (see `parseRatings`); the file name goes into every error. */
export function readRatings(file: string): RatingFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return { name: basename(file), rows: parseRatings(text, basename(file)) };
}

/**
 * Parses the text of a `.inter` or CSV file. The format is told by the header: tabs make a
 * RecBole file, commas a CSV. User, item and timestamp columns are required, the rating is optional.
 */
export function parseRatings(text: string, name = 'input'): RatingRow[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.replace(/^\uFEFF/, '') ?? '';
  if (!header.trim()) throw new Error(`${name}: empty file (expected a header line)`);
  const sep = header.includes('\t') ? '\t' : header.includes(',') ? ',' : undefined;
  if (!sep) throw new Error(`${name}: line 1: the header has neither tabs (RecBole .inter) nor commas (CSV)`);
  const names = header.split(sep).map((h) => h.trim().replace(/^"|"$/g, '').split(':')[0].toLowerCase());
  const col = (role: keyof typeof COLUMNS) => names.findIndex((n) => (COLUMNS[role] as readonly string[]).includes(n));
  const at = { user: col('user'), item: col('item'), rating: col('rating'), timestamp: col('timestamp') };
  for (const role of ['user', 'item', 'timestamp'] as const) {
    if (at[role] < 0) {
      throw new Error(`${name}: line 1: no ${role} column (header: ${names.join(', ')}; expected one of ${COLUMNS[role].join(', ')})`);
    }
  }
  const rows: RatingRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i];
    if (!raw.trim()) continue;
    const f = raw.split(sep).map((v) => v.trim().replace(/^"|"$/g, ''));
    if (f.length !== names.length) throw new Error(`${name}: line ${i + 1}: expected ${names.length} fields, found ${f.length}`);
    const user = f[at.user];
    const item = f[at.item];
    if (!user || !item) throw new Error(`${name}: line ${i + 1}: empty ${user ? 'item' : 'user'}`);
    const timestamp = Number(f[at.timestamp]);
    if (f[at.timestamp] === '' || !Number.isFinite(timestamp)) throw new Error(`${name}: line ${i + 1}: timestamp "${f[at.timestamp]}" is not a number`);
    const rating = at.rating < 0 ? 1 : Number(f[at.rating]);
    if (at.rating >= 0 && (f[at.rating] === '' || !Number.isFinite(rating))) throw new Error(`${name}: line ${i + 1}: rating "${f[at.rating]}" is not a number`);
    rows.push({ user, item, rating, timestamp, line: i + 1 });
  }
  if (!rows.length) throw new Error(`${name}: no interactions after the header`);
  return rows;
}
