/**
 * @module `npm run rapport -- <command>`: shop and staff administration from a shell.
 *   shop:create --name NAME [--origin URL]… [--locale en|zh-Hans|zh-Hant] [--currency USD]
 *               [--owner-email EMAIL] [--owner-name NAME] [--json]
 *   staff:add   --shop SHOP_ID|PUBLIC_KEY --email EMAIL [--name NAME] [--role owner|agent] [--json]
 *   shop:list   [--json]
 *   import:orders --shop SHOP --platform shopify|woocommerce|medusa|generic --file EXPORT.json [--json]
 *   webhook:secret --shop SHOP --platform PLATFORM [--secret SECRET] [--json]
 *   shop:origins --shop SHOP [--add URL]… [--remove URL]… [--json]
 *   woocommerce:connect --shop SHOP --url STORE_URL --key CK --secret CS [--json]
 *   migrate
 * Uses DATABASE_URL, or the embedded database in DATA_DIR when unset (stop `npm start` first:
 * an embedded database belongs to one process).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { connect, type Database } from './kernel/db/client.ts';
import { migrate } from './kernel/db/migrate.ts';
import { findShopById, findShopByPublicKey, type Shop } from './kernel/db/shops.ts';
import { withShop } from './kernel/db/tenancy.ts';
import { isLocale, LOCALES } from './kernel/i18n/locales.ts';
import { addStaffMember, changeAllowedOrigins, createShopWithOwner, listShops } from './shops/index.ts';
import { ImportError, importOrders, IMPORT_PLATFORMS, reconcileWooCommerce, saveWebhookSecret, saveWooConnection, type ImportSummary, type SyncPlatform } from './orders/index.ts';
import { wooOrdersUrl } from '../plugin-adapters/index.ts';

const HELP = `Usage: npm run rapport -- <command> [options]

  shop:create --name NAME [--origin URL]... [--locale en|zh-Hans|zh-Hant] [--currency USD]
              [--owner-email EMAIL] [--owner-name NAME] [--json]
      Creates a shop; prints its id, public key, signing secret and the first owner's login.
  staff:add --shop SHOP_ID|PUBLIC_KEY --email EMAIL [--name NAME] [--role owner|agent] [--json]
      Adds a staff member with a generated password.
  shop:list [--json]
  import:orders --shop SHOP_ID|PUBLIC_KEY --platform shopify|woocommerce|medusa|generic --file EXPORT.json [--json]
      Imports a platform's export of existing orders (idempotent); progress on stderr, then what was
      imported and what was refused and why.
  webhook:secret --shop SHOP_ID|PUBLIC_KEY --platform shopify|woocommerce|medusa|generic [--secret SECRET] [--json]
      Sets the secret the platform signs this shop's webhooks with (Shopify: the app's secret;
      WooCommerce: the webhook's secret); without --secret one is generated and printed.
  woocommerce:connect --shop SHOP_ID|PUBLIC_KEY --url https://STORE --key ck_… --secret cs_… [--json]
      Keeps the store's read-only REST key: every hour Rapport pulls the orders changed since
      (what webhooks missed), the first time the last 30 days. Checks the key with one request.
  shop:origins --shop SHOP_ID|PUBLIC_KEY [--add URL]... [--remove URL]... [--json]
      Adds or removes the store origins allowed to call the API (a new domain, a staging site);
      prints the list.
  migrate
`;

export class UsageError extends Error {}

async function shopNamed(db: Database, ref: string | undefined): Promise<Shop> {
  if (!ref) throw new UsageError('--shop is required');
  const shop = ref.startsWith('pk_')
    ? await findShopByPublicKey(db.sql, ref)
    : /^[0-9a-f-]{36}$/i.test(ref) ? await findShopById(db.sql, ref) : undefined;
  if (!shop) throw new UsageError(`No shop ${ref}`);
  return shop;
}

function platformNamed(name: string | undefined): SyncPlatform {
  if (!name || !(IMPORT_PLATFORMS as readonly string[]).includes(name)) throw new UsageError(`--platform must be one of ${IMPORT_PLATFORMS.join(', ')}`);
  return name as SyncPlatform;
}

function summaryText(s: ImportSummary): string {
  const lines = [`Imported ${s.imported} of ${s.total} orders; ${s.unchanged} unchanged (imported before), ${s.stale} older than what the shop holds, ${s.refused.length} refused.`];
  for (const r of s.refused) lines.push(`  refused #${r.index + 1}${r.orderId ? ` (order ${r.orderId})` : ''}: ${r.reason}${r.path ? ` at ${r.path}` : ''}: ${r.message}`);
  return lines.join('\n');
}


export async function run(
  argv: string[], db: Database, out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      locale: { type: 'string' },
      currency: { type: 'string' },
      'owner-email': { type: 'string' },
      'owner-name': { type: 'string' },
      shop: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      platform: { type: 'string' },
      file: { type: 'string' },
      secret: { type: 'string' },
      add: { type: 'string', multiple: true },
      url: { type: 'string' },
      key: { type: 'string' },
      remove: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  await migrate(db.sql);
  switch (command) {
    case 'shop:create': {
      if (!values.name) throw new UsageError('shop:create needs --name');
      const locale = values.locale ?? 'en';
      if (!isLocale(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
      const currency = (values.currency ?? 'USD').toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency)) throw new UsageError('--currency must be a 3-letter ISO code');
      const ownerEmail = values['owner-email'] ?? `owner-${randomBytes(3).toString('hex')}@rapport.local`;
      const { shop, owner, ownerPassword } = await createShopWithOwner(db.sql, {
        name: values.name,
        allowedOrigins: values.origin ?? [],
        defaultLocale: locale,
        currency,
        ownerEmail,
        ownerName: values['owner-name'],
      });
      const result = {
        shopId: shop.id,
        name: shop.name,
        publicKey: shop.publicKey,
        signingSecret: shop.signingSecret,
        allowedOrigins: shop.allowedOrigins,
        owner: { email: owner.email, password: ownerPassword },
      };
      out(values.json ? JSON.stringify(result, null, 2) : [
        `Shop created: ${shop.name}`,
        `  id:              ${shop.id}`,
        `  public key:      ${shop.publicKey}   (goes in the script tag: data-shop="${shop.publicKey}")`,
        `  signing secret:  ${shop.signingSecret}   (keep it on the store's server: it signs customer identity tokens)`,
        `  allowed origins: ${shop.allowedOrigins.join(', ') || '(none yet)'}`,
        `  owner login:     ${owner.email} / ${ownerPassword}`,
      ].join('\n'));
      return;
    }
    case 'staff:add': {
      if (!values.shop || !values.email) throw new UsageError('staff:add needs --shop and --email');
      const shop = values.shop.startsWith('pk_')
        ? await findShopByPublicKey(db.sql, values.shop)
        : /^[0-9a-f-]{36}$/i.test(values.shop) ? await findShopById(db.sql, values.shop) : undefined;
      if (!shop) throw new UsageError(`No shop ${values.shop}`);
      const role = values.role ?? 'agent';
      if (role !== 'owner' && role !== 'agent') throw new UsageError('--role must be owner or agent');
      const { staff, password } = await addStaffMember(db.sql, shop.id, {
        email: values.email, name: values.name ?? values.email.split('@')[0], role,
      });
      out(values.json
        ? JSON.stringify({ staffId: staff.id, shopId: shop.id, email: staff.email, role: staff.role, password }, null, 2)
        : `Staff added to ${shop.name}: ${staff.email} (${staff.role}) / ${password}`);
      return;
    }
    case 'shop:list': {
      const shops = await listShops(db.sql);
      out(values.json ? JSON.stringify(shops, null, 2) : shops.map((s) => `${s.id}  ${s.publicKey}  ${s.name}`).join('\n'));
      return;
    }
    case 'import:orders': {
      const shop = await shopNamed(db, values.shop);
      const platform = platformNamed(values.platform);
      if (!values.file) throw new UsageError('import:orders needs --file');
      let bytes: Buffer;
      try {
        bytes = readFileSync(values.file);
      } catch (e) {
        throw new ImportError(`Cannot read ${values.file}: ${(e as Error).message}`);
      }
      let shown = -1;
      const summary = await importOrders(db.sql, shop, platform, bytes, (done, total) => {
        const percent = Math.floor((done / total) * 100);
        if (percent === shown && done !== total) return;
        shown = percent;
        const bar = '#'.repeat(Math.floor(percent / 5)).padEnd(20, '.');
        err(`\rImporting [${bar}] ${done}/${total}${done === total ? '\n' : ''}`);
      });
      out(values.json ? JSON.stringify(summary, null, 2) : summaryText(summary));
      return;
    }
    case 'woocommerce:connect': {
      const shop = await shopNamed(db, values.shop);
      if (!values.url || !values.key || !values.secret) throw new UsageError('woocommerce:connect needs --url, --key and --secret');
      let storeUrl: string;
      try {
        storeUrl = wooOrdersUrl(values.url) && values.url.replace(/\/+$/, '');
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      await withShop(db.sql, shop.id, (tx) => saveWooConnection(tx, shop.id, { storeUrl, consumerKey: values.key!, consumerSecret: values.secret! }));
      const report = await reconcileWooCommerce(db.sql, shop.id).catch((err: Error) => {
        throw new UsageError(`Saved, but the store did not answer as expected: ${err.message}`);
      });
      out(values.json ? JSON.stringify({ shopId: shop.id, storeUrl, ...report }, null, 2)
        : `Connected ${shop.name} to ${storeUrl}: ${report?.imported ?? 0} of ${report?.total ?? 0} recent orders imported (${report?.unchanged ?? 0} already here).`);
      return;
    }
    case 'shop:origins': {
      const shop = await shopNamed(db, values.shop);
      const origins = await changeAllowedOrigins(db.sql, shop.id, { add: values.add, remove: values.remove });
      out(values.json ? JSON.stringify({ shopId: shop.id, allowedOrigins: origins }, null, 2)
        : `Origins allowed for ${shop.name}: ${origins.join(', ') || '(none)'}`);
      return;
    }
    case 'webhook:secret': {
      const shop = await shopNamed(db, values.shop);
      const platform = platformNamed(values.platform);
      const secret = values.secret ?? `whsec_${randomBytes(24).toString('base64url')}`;
      if (!secret.trim() || secret.length > 500) throw new UsageError('--secret must be 1 to 500 characters');
      await withShop(db.sql, shop.id, (tx) => saveWebhookSecret(tx, shop.id, platform, secret));
      out(values.json ? JSON.stringify({ shopId: shop.id, platform, secret }, null, 2)
        : `The ${platform} webhook secret of ${shop.name} is set: ${secret}\nWebhook address: /webhooks/${platform}/${shop.id}`);
      return;
    }
    case 'migrate':
      out('Migrations are up to date.');
      return;
    default:
      throw new UsageError(command ? `Unknown command ${command}` : 'No command given');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = loadConfig();
  let db: Database | undefined;
  try {
    db = await connect({ url: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'pglite'), max: 2 });
    await run(process.argv.slice(2), db, (s) => process.stdout.write(s + '\n'));
  } catch (err) {
    const e = err as Error & { code?: string };
    const known = err instanceof UsageError || err instanceof ImportError || e.name === 'ProvisionError' || e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      || e.name === 'DatabaseInUseError' || e.code === '23505';
    process.stderr.write(`${e.code === '23505' ? 'Already exists: ' + (e as { detail?: string }).detail : e.message}\n`);
    if (err instanceof UsageError) process.stderr.write('\n' + HELP);
    process.exitCode = known ? 2 : 1;
  } finally {
    await db?.close();
  }
}
