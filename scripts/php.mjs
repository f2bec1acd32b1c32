/**
 * @module Finding PHP for the WordPress plugin's tests: PHP_PATH, then the usual paths.
 * Plain JavaScript, like chromium.mjs, so any test tool can share it.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/php', '/usr/local/bin/php', '/opt/homebrew/bin/php'];

/** @returns {string | undefined} */
export function findPhp() {
  const fromEnv = process.env.PHP_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}
