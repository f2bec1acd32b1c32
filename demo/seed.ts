/**
 * @module Demo seed: on an empty database, creates the demo shop "Lumen & Leaf" with
 * its owner and fills it with the demo catalog, customers, orders and FAQ. The owner's
 * generated password is kept in DATA_DIR/demo-admin.json so every start can print it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sql } from '../server/kernel/db/client.ts';
import { findShopByPublicKey } from '../server/kernel/db/shops.ts';
import { countShops, deleteShop, updateShopSettings } from '../server/shops/index.ts';
import { createShopWithOwner } from '../server/shops/index.ts';
import { seedDemoActivity, seedDemoData } from './seed-data.ts';

export const DEMO_PUBLIC_KEY = 'pk_demoshop01';
export const DEMO_ADMIN_EMAIL = 'owner@demo.rapport.dev';

export interface DemoInfo {
  shopId: string;
  publicKey: string;
  adminEmail: string;
  /** Unknown when the database was seeded from another machine's data directory. */
  adminPassword?: string;
  seeded: boolean;
}

const credentialsFile = (dataDir: string) => join(dataDir, 'demo-admin.json');

/** Seeds the demo shop when the database has no shop at all; describes it either way. */
export async function seedDemo(sql: Sql, opts: { dataDir: string; origins?: string[] }): Promise<DemoInfo | undefined> {
  let seeded = false;
  if ((await countShops(sql)) === 0) {
    const { shop, ownerPassword } = await createShopWithOwner(sql, {
      name: 'Lumen & Leaf',
      publicKey: DEMO_PUBLIC_KEY,
      allowedOrigins: opts.origins ?? [],
      ownerEmail: DEMO_ADMIN_EMAIL,
      ownerName: 'Demo Owner',
    });
    try {
      await seedDemoData(sql, shop.id);
      await seedDemoActivity(sql, shop.id);
    } catch (err) {
      // Without its data the demo would stay half-made for good (the database is no
      // longer empty), so remove the shop and let the next start try again.
      await deleteShop(sql, shop.id);
      throw err;
    }
    mkdirSync(opts.dataDir, { recursive: true });
    writeFileSync(credentialsFile(opts.dataDir), JSON.stringify({ email: DEMO_ADMIN_EMAIL, password: ownerPassword }), {
      mode: 0o600,
    });
    seeded = true;
  }
  const shop = await findShopByPublicKey(sql, DEMO_PUBLIC_KEY);
  if (!shop) return undefined;
  const file = credentialsFile(opts.dataDir);
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { password?: string }) : {};
  return { shopId: shop.id, publicKey: shop.publicKey, adminEmail: DEMO_ADMIN_EMAIL, adminPassword: saved.password, seeded };
}

/**
 * The demo store is this server: its mails' and customer pages' "back to the shop" link
 * points here (where it was started), unless the owner set another home in the admin.
 */
export async function pointDemoHomeAt(sql: Sql, shopId: string, base: string): Promise<void> {
  const home = `${base.replace(/\/$/, '')}/`;
  await updateShopSettings(sql, shopId, (s) => {
    const now = s.brand.homeUrl;
    const ours = !now || /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(now);
    return ours ? { ...s, brand: { ...s.brand, homeUrl: home } } : s;
  });
}
