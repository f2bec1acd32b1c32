/**
 * @module The one version of Rapport: package.json's, read once. The widgets get the same
 * value at build time (`__RAPPORT_VERSION__`, defined by vite.config.ts and the widget
 * test runner from the same file).
 */
import { readFileSync } from 'node:fs';

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
