/**
 * @module The widgets' version: package.json's, put in by the bundler as `__RAPPORT_VERSION__`
 * (vite.config.ts, and the widget test runner's esbuild), so it is never written twice.
 */
declare const __RAPPORT_VERSION__: string;

export const VERSION: string = typeof __RAPPORT_VERSION__ === 'string' ? __RAPPORT_VERSION__ : 'dev';
