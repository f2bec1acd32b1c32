/**
 * @module Widget build: the loader (`rapport.js`, stable name, short cache), one lazily
 * imported chunk per element and the admin app (content-hashed names, long cache). The
 * loader learns each element's chunk graph at build (to fetch it in one stage), and every
 * text file gets brotli and gzip copies for the server (scripts/vite-widget-graph.ts).
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { precompress, widgetChunkGraph } from './scripts/vite-widget-graph.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  publicDir: false,
  plugins: [widgetChunkGraph({ loader: 'widgets/loader.ts' }), precompress()],
  define: { __RAPPORT_VERSION__: JSON.stringify(version) },
  build: {
    outDir: 'dist/widgets',
    emptyOutDir: true,
    manifest: true,
    modulePreload: false,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: {
        rapport: 'widgets/loader.ts',
        admin: 'widgets/admin/app/rapport-admin-app.ts',
      },
      preserveEntrySignatures: 'strict',
      output: {
        // The elements' chunks are entries too (emitted by the chunk-graph plugin): keep them in chunks/.
        entryFileNames: (chunk) =>
          chunk.name === 'rapport' ? 'rapport.js' : chunk.name === 'admin' ? '[name]-[hash].js' : 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Lit in a chunk of its own, named for what it is: otherwise the bundler folds it into
        // whatever small module the storefront and the admin happen to share.
        codeSplitting: {
          groups: [
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
            // The tracker with the small modules only it and the shelf need: one file, so it arrives in one stage.
            { name: 'tracker', test: /widgets[\\/]core[\\/](tracker|tracking)\.ts$|server[\\/]interactions[\\/]limits\.ts$/ },
          ],
        },
      },
    },
  },
});
