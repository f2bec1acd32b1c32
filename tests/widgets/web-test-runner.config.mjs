/**
 * @module web-test-runner: the widget tests in Debian's Chromium (headless, through
 * playwright-core, never a downloaded browser), TypeScript through esbuild with the
 * project's legacy decorators, Lit's production build, the real API (server/app.ts on an
 * in-memory embedded database, behind a fault wrapper: tests/widgets/real-api.ts), and a
 * plain pass/fail count for CI. Node loads this file under tsx (`npm run test:widgets`),
 * so it can import the TypeScript server.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { countReporter } from './count-reporter.mjs';
import { realApi } from './real-api.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const api = realApi();
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

export default {
  rootDir: root,
  files: 'tests/widgets/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  // Colours only on a terminal; piped output (CI logs) stays plain (nanocolors reads NO_COLOR too).
  staticLogging: !process.stdout.isTTY,
  middleware: [api.middleware],
  plugins: [
    api.plugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      define: { __RAPPORT_VERSION__: JSON.stringify(version) },
      tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: findChromium() ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
