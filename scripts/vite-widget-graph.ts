/**
 * @module Two small Vite plugins for the widget build.
 *
 * `widgetChunkGraph`: every element's code in ONE parallel request stage. Vite wraps each
 * dynamic `import('./x.ts')` in its preload helper (a chunk the loader would fetch before
 * it can run), and the browser only learns an element chunk's own imports once that chunk
 * has arrived, then theirs: a serial chain. So, in the loader only:
 * - each `import('./x.ts')` becomes `import(__RAPPORT_CHUNK_<n>__)`, a specifier Vite leaves
 *   alone, and `./x.ts` is emitted as a chunk of its own; once the chunks are named, the
 *   placeholder becomes the chunk's relative path (`import("./chunks/x-hash.js")`);
 * - the string `'__RAPPORT_CHUNK_GRAPH__'` becomes a JSON map: element tag → the files its
 *   chunk needs (its own file first, then every chunk it imports statically, transitively),
 *   relative to the loader, so the loader can `modulepreload` all of them at once;
 * - the same map, with source paths, is written to `.vite/chunk-graph.json` for
 *   scripts/check-size.ts.
 * The tags come from the loader's map literal `{ 'rapport-x': () => import('./x/x.ts'), … }`.
 * And the loader stands alone: a module it imports statically gets a private copy in it
 * (id suffix `?rapport-loader`) instead of a chunk shared with the elements, which the
 * browser would fetch first (at high priority, the way static imports go) before the
 * loader could run. Nothing there keeps state the elements rely on; events are matched by
 * their type, not their class.
 *
 * `precompress`: writes `x.js.br` (brotli, quality 11) and `x.js.gz` (gzip -9) next to every
 * text file of the build when smaller, for the server to pick by `Accept-Encoding`.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { extname, join, posix, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const GRAPH_PLACEHOLDER = '__RAPPORT_CHUNK_GRAPH__';
export const GRAPH_FILE = '.vite/chunk-graph.json';
const CHUNK_PLACEHOLDER = /__RAPPORT_CHUNK_(\d+)__/g;
const PRIVATE = '?rapport-loader';

/** What `.vite/chunk-graph.json` holds. */
export interface ChunkGraphFile {
  /** The loader's file name. */
  loader: string;
  /** Element tag → its source module and the files to preload (its own first), relative to the loader. */
  elements: Record<string, { src: string; files: string[] }>;
  /** Every chunk the loader imports dynamically (elements and others), by source module. */
  imports: Record<string, string>;
}

interface EstreeNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every `import('literal')` in `ast`, with the tag of the object property it is the arrow body of, if any. */
function dynamicImports(ast: EstreeNode) {
  const found: { node: EstreeNode; spec: string; tag?: string }[] = [];
  const visit = (node: unknown, tag?: string) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, tag));
    if (!node || typeof node !== 'object' || typeof (node as EstreeNode).type !== 'string') return;
    const n = node as EstreeNode;
    if (n.type === 'ImportExpression') {
      const source = n.source as EstreeNode & { value?: unknown };
      if (source.type === 'Literal' && typeof source.value === 'string') found.push({ node: source, spec: source.value, tag });
      return;
    }
    if (n.type === 'Property') {
      const key = n.key as EstreeNode & { value?: unknown };
      const value = n.value as EstreeNode;
      const body = value.type === 'ArrowFunctionExpression' ? (value.body as EstreeNode) : undefined;
      if (key.type === 'Literal' && typeof key.value === 'string' && body?.type === 'ImportExpression') {
        return visit(body, key.value);
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end') visit(v, undefined);
  };
  visit(ast);
  return found;
}

/** `loader`: the loader's source, relative to Vite's root. */
export function widgetChunkGraph(opts: { loader: string }): Plugin {
  let root = process.cwd();
  let loaderId = resolve(root, opts.loader);
  /** Per placeholder index: the emitted chunk's reference, its source and the tag it defines. */
  let emitted: { ref: string; src: string; tag?: string }[] = [];

  return {
    name: 'rapport:widget-chunk-graph',
    apply: 'build',
    // After TypeScript is stripped, before Vite's import analysis adds its preload helper.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      loaderId = resolve(root, opts.loader);
    },
    buildStart() {
      emitted = [];
    },
    resolveId: {
      // Before Vite's resolver: the loader's static imports (and theirs) become private copies.
      order: 'pre',
      async handler(source, importer, options) {
        if (!importer || options.kind === 'dynamic-import') return null;
        const owner = importer.endsWith(PRIVATE) ? importer.slice(0, -PRIVATE.length) : importer;
        if (owner !== loaderId && !importer.endsWith(PRIVATE)) return null;
        const resolved = await this.resolve(source, owner, { ...options, skipSelf: true });
        if (!resolved || resolved.external || resolved.id.startsWith('\0') || resolved.id.includes('?')) return resolved;
        return { ...resolved, id: resolved.id + PRIVATE };
      },
    },
    async transform(code, id) {
      if (id !== loaderId) return null;
      const imports = dynamicImports(this.parse(code) as unknown as EstreeNode);
      let out = '';
      let at = 0;
      for (const { node, spec, tag } of imports.sort((a, b) => a.node.start - b.node.start)) {
        if (!/^['"`]/.test(code.slice(node.start, node.end))) this.error(`unexpected source position for import('${spec}')`);
        const resolved = await this.resolve(spec, id);
        if (!resolved || resolved.external) this.error(`cannot resolve import('${spec}') in the loader`);
        const name = posix.basename(resolved.id).replace(/\.[cm]?[jt]s$/, '');
        const ref = this.emitFile({ type: 'chunk', id: resolved.id, name });
        out += code.slice(at, node.start) + `__RAPPORT_CHUNK_${emitted.length}__`;
        at = node.end;
        emitted.push({ ref, src: relative(root, resolved.id).split('\\').join('/'), tag });
      }
      if (!code.includes(GRAPH_PLACEHOLDER)) this.error(`the loader has no '${GRAPH_PLACEHOLDER}' to write the chunk graph into`);
      return { code: out + code.slice(at), map: null };
    },
    generateBundle(_options, bundle) {
      const loader = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === loaderId);
      if (!loader || loader.type !== 'chunk') return this.error('the loader chunk is missing from the bundle');
      const dir = posix.dirname(loader.fileName);
      const rel = (file: string) => {
        const r = posix.relative(dir, file);
        return r.startsWith('.') ? r : `./${r}`;
      };
      /** A chunk and every chunk it imports statically, transitively: what must arrive before it runs. */
      const closure = (file: string, seen: string[] = []): string[] => {
        if (seen.includes(file)) return seen;
        seen.push(file);
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') for (const dep of chunk.imports) closure(dep, seen);
        return seen;
      };
      const graph: ChunkGraphFile = { loader: loader.fileName, elements: {}, imports: {} };
      const files = emitted.map(({ ref, src, tag }) => {
        const file = this.getFileName(ref);
        graph.imports[src] = file;
        if (tag) graph.elements[tag] = { src, files: closure(file).map(rel) };
        return file;
      });

      let code = loader.code.replace(CHUNK_PLACEHOLDER, (_m, n: string) => {
        const file = files[Number(n)];
        if (!file) this.error(`no chunk for placeholder ${n}`);
        return JSON.stringify(rel(file));
      });
      const literal = new RegExp(`(["'\`])${GRAPH_PLACEHOLDER}\\1`, 'g');
      const found = code.match(literal)?.length ?? 0;
      if (found !== 1) this.error(`expected the chunk graph placeholder once in ${loader.fileName}, found it ${found} times`);
      const map = Object.fromEntries(Object.entries(graph.elements).map(([tag, e]) => [tag, e.files]));
      // As a template literal, the JSON needs no escaping (file names hold no backquote, backslash or `${`).
      const json = JSON.stringify(map);
      code = code.replace(literal, () => (/[`\\]|\$\{/.test(json) ? JSON.stringify(json) : `\`${json}\``));
      if (/__RAPPORT_CHUNK_\d+__/.test(code)) this.error('a chunk placeholder survived in the loader');
      loader.code = code;
      this.emitFile({ type: 'asset', fileName: GRAPH_FILE, source: JSON.stringify(graph, null, 2) });
    },
  };
}

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.svg', '.html', '.txt']);

/** Brotli and gzip copies of every text file the build wrote, kept only where they are smaller. */
export function precompress(): Plugin {
  return {
    name: 'rapport:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? process.cwd();
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.has(extname(fileName)) || fileName.startsWith('.vite/')) continue;
        const path = join(dir, fileName);
        const raw = readFileSync(path);
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${path}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
      }
    },
  };
}
