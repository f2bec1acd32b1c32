/**
 * @module Entry point of `npm start`: validate config, open the database (PostgreSQL or
 * embedded PGlite), migrate, seed the demo shop when empty, build the widgets if
 * needed, serve everything on one port, and shut down gracefully on SIGTERM/SIGINT.
 */
import { serve, type ServerType } from '@hono/node-server';
import { join } from 'node:path';
import { createApp, createJobRunner } from './app.ts';
import { VERSION } from './kernel/version.ts';
import { ConfigError, loadConfig } from './config.ts';
import { connect, DatabaseInUseError } from './kernel/db/client.ts';
import { migrate } from './kernel/db/migrate.ts';
import { createLogger } from './kernel/log.ts';
import { ensureWidgets } from './kernel/http/widget-assets.ts';
import { smtpTransport } from './kernel/mail/sender.ts';
import { demoRoutes } from '../demo/routes.ts';
import { pointDemoHomeAt, seedDemo } from '../demo/seed.ts';

const t0 = performance.now();

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
const log = createLogger(config.LOG_LEVEL, { service: 'rapport' });

let db;
try {
  db = await connect({ url: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'pglite') });
} catch (err) {
  if (err instanceof DatabaseInUseError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const applied = await migrate(db.sql);
if (applied.length) log.info('migrations applied', { versions: applied });

const demo =
  config.DEMO === 'on' && config.SEED_DEMO === 'auto'
    ? await seedDemo(db.sql, { dataDir: config.DATA_DIR, origins: config.PUBLIC_URL ? [new URL(config.PUBLIC_URL).origin] : [] })
    : undefined;

const widgets = await ensureWidgets(config.BUILD_WIDGETS);

const transport = config.SMTP_URL ? await smtpTransport(config.SMTP_URL) : undefined;
const jobs = createJobRunner({ db, config, log, transport });
jobs.start();

let draining = false;
const app = createApp({ db, config, log, widgets, draining: () => draining, nudgeJobs: () => jobs.nudge() });
// The demo store is a guest of the app, not part of it: production runs with DEMO=off.
if (config.DEMO === 'on') app.route('/', demoRoutes({ db }));

const server: ServerType = await new Promise((resolve) => {
  const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
});
const address = server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
const base = config.PUBLIC_URL ?? `http://localhost:${port}`;
// Links in emails are built from PUBLIC_URL, never from a request's Host header (which a
// sender controls: a forged Host would put the sender's link in a mail from the shop).
config.PUBLIC_URL = base;
if (demo) await pointDemoHomeAt(db.sql, demo.shopId, base);

const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const lines = [
  `Rapport ${VERSION} is ready in ${seconds} s (database: ${db.kind}${db.kind === 'pglite' ? `, ${join(config.DATA_DIR, 'pglite')}` : ''})`,
  ...(config.DEMO === 'on' ? [`  Demo store:   ${base}/`] : []),
  `  Admin:        ${base}/admin`,
  `  API:          ${base}/v1   (OpenAPI: ${base}/v1/openapi.json, health: ${base}/health)`,
  `  Email:        ${config.SMTP_URL ? `SMTP ${new URL(config.SMTP_URL).host}` : 'kept in the admin (Settings → Mail log); set SMTP_URL to send'}`,
];
if (demo) {
  lines.push(`  Demo shop:    id ${demo.shopId}, public key ${demo.publicKey}`);
  lines.push(
    `  Demo admin:   ${demo.adminEmail} / ${demo.adminPassword ?? '(set when this database was seeded elsewhere)'}`,
  );
}
process.stdout.write(lines.join('\n') + '\n');

async function shutdown(signal: string) {
  if (draining) return;
  draining = true;
  log.info('shutting down', { signal });
  const force = setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive sockets would hold close() open; in-flight requests finish first.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  });
  // Work is committed before it is acknowledged; the runner finishes its batch, the rest waits in the queue.
  await jobs.stop();
  transport?.close();
  await db!.close();
  log.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
