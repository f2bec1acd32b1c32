import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('configuration', () => {
  it('has working defaults: port 8787, embedded database, demo seeding', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 8787, DATA_DIR: '.data', SEED_DEMO: 'auto' });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('reads PORT and DATABASE_URL', () => {
    const c = loadConfig({ PORT: '9000', DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(c.PORT).toBe(9000);
    expect(c.DATABASE_URL).toBe('postgres://u@h:5432/db');
  });

  it('stops with a message naming every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const msg = (error as Error).message;
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(msg).toMatch(/SMTP_URL/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(8787);
  });
});
