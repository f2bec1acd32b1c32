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
        // Files arrive over HTTP/1.1 six at a time, so each file beyond six costs an element
        // another round trip. Four shared files: Lit (named for what it is, or the bundler
        // folds it into whatever small module the storefront and the admin happen to share);
        // the tracker (every page with the loader: it records views with no element in the
        // page); the elements' core (the base element with the shared texts and styles, form
        // parts; the admin has none of it); and the small modules the storefront and the admin
        // share (events, define, the load controller, locales, limits). An element then loads
        // in one round — its own chunk and these four, in parallel, after the page's content.
        // A group takes its modules' imports with it, so the groups go from the most shared
        // (whose modules the later ones import) to the least.
        codeSplitting: {
          groups: [
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
            { name: 'tracker', test: /widgets[\\/]core[\\/](tracker|tracking)\.ts$|server[\\/]interactions[\\/]limits\.ts$/ },
            {
              name: 'shared',
              test: new RegExp([
                String.raw`widgets[\\/]core[\\/](events|define|load-controller)\.ts$`,
                String.raw`server[\\/]kernel[\\/]i18n[\\/]locales\.ts$`,
                String.raw`server[\\/](feedback|orders|recommendations)[\\/]limits\.ts$`,
                String.raw`helpers[\\/]esm[\\/]decorate\.js$`,
                String.raw`preload-helper`,
              ].join('|')),
            },
            { name: 'core', test: /widgets[\\/]core[\\/](rapport-element|i18n|styles|form-parts|proof-of-work|locales[\\/]en)\.ts$/ },
          ],
        },
      },
    },
  },
});
