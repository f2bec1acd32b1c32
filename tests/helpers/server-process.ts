/**
 * @module Starts the real server (`node --import tsx server/main.ts`, what `npm start`
 * runs) as a child process on a free port, waits for its start-up banner and parses it
 * (URLs, demo shop, demo admin login). Used by process-level server tests and e2e tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface StartedServer {
  proc: ChildProcess;
  baseUrl: string;
  port: number;
  dataDir: string;
  output: () => string;
  demo?: { shopId: string; publicKey: string; adminEmail: string; adminPassword: string };
  startupMs: number;
  /** SIGTERM and wait; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'rapport-test-'));
}

export async function startServer(opts: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<StartedServer> {
  const dataDir = opts.dataDir ?? tempDataDir();
  const t0 = Date.now();
  const env: Record<string, string | undefined> = { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...opts.env };
  if (!opts.env?.DATABASE_URL) delete env.DATABASE_URL;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in time:\n${out}`)), opts.timeoutMs ?? 120_000);
    const check = () => {
      if (/Demo admin:.*\n|Admin:.*\n[\s\S]*API:.*\n/.test(out) && /API:/.test(out)) {
        clearTimeout(timer);
        ok();
      }
    };
    proc.stdout!.on('data', () => setTimeout(check, 20));
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code} before it started:\n${out}`));
    });
  });
  await new Promise((r) => setTimeout(r, 50));
  const baseUrl = /Admin:\s+(\S+?)\/admin\s/.exec(out)![1];
  const shop = /Demo shop:\s+id (\S+), public key (\S+)/.exec(out);
  const admin = /Demo admin:\s+(\S+) \/ (\S+)/.exec(out);
  return {
    proc,
    baseUrl,
    port: Number(new URL(baseUrl).port),
    dataDir,
    output: () => out,
    startupMs: Date.now() - t0,
    demo: shop && admin ? { shopId: shop[1], publicKey: shop[2], adminEmail: admin[1], adminPassword: admin[2] } : undefined,
    async stop() {
      if (proc.exitCode !== null) return proc.exitCode;
      proc.kill('SIGTERM');
      return exited;
    },
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
