import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRatings, readRatings } from '../../bench/recs/read.ts';
import { buildDataset, holdOut, sampleNegatives } from '../../bench/recs/split.ts';

const dir = mkdtempSync(join(tmpdir(), 'recs-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading interaction files', () => {
  it('reads a RecBole .inter file by its typed header', () => {
    const rows = parseRatings('user_id:token\titem_id:token\trating:float\ttimestamp:float\n196\t242\t3\t881250949\n186\t302\t3\t891717742\n');
    expect(rows).toEqual([
      { user: '196', item: '242', rating: 3, timestamp: 881250949, line: 2 },
      { user: '186', item: '302', rating: 3, timestamp: 891717742, line: 3 },
    ]);
  });

  it('finds the columns by name, in any order', () => {
    const rows = parseRatings('timestamp:float\titem_id:token\tuser_id:token\n5\ti\tu\n');
    expect(rows).toEqual([{ user: 'u', item: 'i', rating: 1, timestamp: 5, line: 2 }]);
  });

  it('reads a MovieLens CSV (movieId) and one with itemId, CRLF and a BOM included', () => {
    expect(parseRatings('userId,movieId,rating,timestamp\n1,31,2.5,1260759144\n')).toEqual([{ user: '1', item: '31', rating: 2.5, timestamp: 1260759144, line: 2 }]);
    expect(parseRatings('\uFEFFuserId,itemId,rating,timestamp\r\n7,sku-9,5,10\r\n\r\n')).toEqual([{ user: '7', item: 'sku-9', rating: 5, timestamp: 10, line: 2 }]);
  });

  it.each([
    ['', /empty file/],
    ['user item rating timestamp\n1 2 3 4\n', /line 1: the header has neither tabs .* nor commas/],
    ['userId,rating,timestamp\n1,2,3\n', /line 1: no item column \(header: userid, rating, timestamp; expected one of .*movieid/],
    ['userId,movieId,rating\n1,2,3\n', /no timestamp column/],
    ['userId,movieId,rating,timestamp\n1,2,3,4\n1,2,3\n', /line 3: expected 4 fields, found 3/],
    ['userId,movieId,rating,timestamp\n1,2,3,yesterday\n', /line 2: timestamp "yesterday" is not a number/],
    ['userId,movieId,rating,timestamp\n1,2,good,4\n', /line 2: rating "good" is not a number/],
    ['userId,movieId,rating,timestamp\n,2,3,4\n', /line 2: empty user/],
    ['userId,movieId,rating,timestamp\n', /no interactions after the header/],
  ])('refuses a bad file with the line and the reason (%#)', (text, message) => {
    expect(() => parseRatings(text, 'bad.csv')).toThrow(message);
  });

  it('names the file in every error, and says when it cannot be read', () => {
    const file = join(dir, 'broken.inter');
    writeFileSync(file, 'user_id:token\titem_id:token\ttimestamp:float\n1\t2\n');
    expect(() => readRatings(file)).toThrow(/^broken\.inter: line 2: expected 3 fields, found 2$/);
    expect(() => readRatings(join(dir, 'missing.csv'))).toThrow(/missing\.csv: cannot read the file \(ENOENT\)/);
  });

  it('reads a file from disk with its name', () => {
    const file = join(dir, 'tiny.csv');
    writeFileSync(file, 'userId,itemId,rating,timestamp\n1,a,4,100\n');
    expect(readRatings(file)).toMatchObject({ name: 'tiny.csv', rows: [{ user: '1', item: 'a' }] });
  });
});

describe('leave-one-out by time', () => {
  const csv = (lines: string[]) => buildDataset('t', parseRatings(['userId,itemId,rating,timestamp', ...lines].join('\n')));

  it('holds out the last interaction for test and the second-to-last for validation, by timestamp not by line', () => {
    const data = csv(['u,c,5,30', 'u,a,5,10', 'u,d,5,40', 'u,b,5,20']);
    const test = holdOut(data, 1);
    const validation = holdOut(data, 2);
    const name = (i: number) => data.items[i];
    expect(name(test.target[0])).toBe('d');
    expect(test.train[0].map((e) => name(e.item))).toEqual(['a', 'b', 'c']);
    expect(name(validation.target[0])).toBe('c');
    expect(validation.train[0].map((e) => name(e.item))).toEqual(['a', 'b']);
  });

  it('orders equal timestamps by the item that appears first in the file, then by line', () => {
    // Items in order of first appearance: y (line 2), x (line 3). u rated both at time 9.
    const data = csv(['v,y,1,1', 'u,x,1,9', 'u,y,1,9', 'u,w,1,1']);
    const u = data.users.indexOf('u');
    expect(data.items[holdOut(data, 1).target[u]]).toBe('x');
    expect(data.items[holdOut(data, 2).target[u]]).toBe('y');
  });

  it('trains on users with fewer than 3 interactions but never scores them', () => {
    const data = csv(['u,a,1,1', 'u,b,1,2', 'v,a,1,1', 'v,b,1,2', 'v,c,1,3']);
    const test = holdOut(data, 1);
    expect(test.target[data.users.indexOf('u')]).toBe(-1);
    expect(test.train[data.users.indexOf('u')]).toHaveLength(2);
    expect(test.target[data.users.indexOf('v')]).toBe(data.items.indexOf('c'));
  });
});

describe('sampled negatives', () => {
  const rows = Array.from({ length: 300 }, (_, i) => ({ user: `u${i % 3}`, item: `i${i}`, rating: 1, timestamp: i, line: i + 2 }));
  rows.push({ user: 'u0', item: 'i1', rating: 1, timestamp: 999, line: 999 });
  const data = buildDataset('t', rows);

  it('draws items the user never interacted with, 99 distinct each', () => {
    const negatives = sampleNegatives(data);
    data.sequences.forEach((s, u) => {
      const seen = new Set(s.map((e) => e.item));
      expect(new Set(negatives[u]).size).toBe(99);
      for (const i of negatives[u]) expect(seen.has(i)).toBe(false);
    });
  });

  it('is the same on every run for a seed, and different for another seed', () => {
    expect(sampleNegatives(data)).toEqual(sampleNegatives(data));
    expect(sampleNegatives(data, 99, 1)).not.toEqual(sampleNegatives(data, 99, 2));
  });

  it('gives all that is left when fewer than 99 items are unseen', () => {
    const small = buildDataset('s', parseRatings('userId,itemId,rating,timestamp\nu,a,1,1\nu,b,1,2\nv,c,1,3\n'));
    const negatives = sampleNegatives(small);
    expect([...negatives[small.users.indexOf('u')]]).toEqual([small.items.indexOf('c')]);
  });
});
