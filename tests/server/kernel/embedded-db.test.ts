/**
 * @module The embedded database is reachable by this process's user only (issue 7 #17):
 * PGlite has no authentication and its one user is a superuser, so it is served on a Unix
 * socket in a directory of mode 0700 — not on a TCP port any user of the machine could use.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../server/kernel/db/client.ts';

describe('the embedded database', () => {
  it('listens on an owner-only Unix socket, not on a TCP port', async () => {
    const db = await connect({ dataDir: 'memory://' });
    try {
      expect(db.kind).toBe('pglite');
      expect(db.path).toMatch(/\.s\.PGSQL\.5432$/);
      expect(statSync(dirname(db.path!)).mode & 0o777).toBe(0o700);
      expect(statSync(db.path!).isSocket()).toBe(true);
      expect(statSync(db.path!).mode & 0o077).toBe(0);
      expect(db.url).not.toMatch(/:\d+\//);
      const [{ ok }] = await db.sql`select 1 as ok`;
      expect(ok).toBe(1);
    } finally {
      await db.close();
    }
    // Gone with the process's database.
    expect(() => statSync(dirname(db.path!))).toThrow();
  }, 60_000);
});
