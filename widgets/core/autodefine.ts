/**
 * @module Define-on-sight: loads an element's chunk only when its tag appears in the page,
 * at start and later (one MutationObserver on the document). Loader-only at runtime.
 *
 * What it costs the host page: nothing is fetched until `ready` (the loader passes
 * `afterPageLoad()`, so widget code never competes with the host's first paint or its LCP
 * image), and then everything an element needs in ONE parallel stage: a
 * `<link rel="modulepreload" fetchpriority="low">` for each file of its chunk graph (known
 * from the build), then the import of its chunk, which finds them already on their way.
 */

/** Tag name → import of the chunk that defines it (a static map, so the bundler sees each chunk). */
export type ChunkMap = Record<string, () => Promise<unknown>>;

/** Tag name → absolute URLs of every module its chunk needs, its own first (from the build). */
export type ChunkGraph = Record<string, readonly string[]>;

export interface AutoDefineOptions {
  /** What to preload, per tag, when its chunk is imported. */
  graph?: ChunkGraph;
  /** Nothing is fetched before this settles (default: at once). */
  ready?: Promise<unknown>;
}

/** How much of `img` is on screen, in CSS px², as the browser measures a contentful paint. */
function areaInView(img: HTMLImageElement, win: Window): number {
  const r = img.getBoundingClientRect();
  const w = Math.min(r.right, win.innerWidth) - Math.max(r.left, 0);
  const h = Math.min(r.bottom, win.innerHeight) - Math.max(r.top, 0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Resolves once the host page's own content is done: its `load` event (every image of the
 * document fetched, the LCP one included), then the largest contentful paint presented:
 * until every image in view that is bigger on screen than the largest paint so far has
 * been reported by the browser's LCP entries (at most `lcpWaitMs` more; without LCP
 * entries, as in Safari, a frame). Widget code fetched from then on never competes with
 * the page's first paint or its LCP image, and Lighthouse, which counts what finished
 * before the page's LCP, does not see it there. At most `capMs` after the call in any
 * case, so a page whose `load` never comes (a hanging third-party request) still gets its
 * widgets.
 */
export function afterPageLoad(win: Window = window, capMs = 5000, lcpWaitMs = 1000): Promise<void> {
  return new Promise<void>((resolve) => {
    const doc = win.document;
    let largest = 0;
    const reported = new Set<Element>();
    let check = () => {};
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(cap);
      resolve();
    };
    const cap = setTimeout(done, capMs);
    try {
      observer = new (win as Window & typeof globalThis).PerformanceObserver((list) => {
        for (const e of list.getEntries() as LargestContentfulPaint[]) {
          largest = Math.max(largest, e.size);
          if (e.element) reported.add(e.element);
        }
        check();
      });
      observer!.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      observer = undefined; // no LCP entries in this browser
    }
    const loaded = () => {
      const timer = setTimeout(() => ((check = () => {}), done()), lcpWaitMs);
      check = () => {
        const contender = [...doc.images].some((img) => !reported.has(img) && areaInView(img, win) > largest);
        if (observer && !doc.hidden && contender) return;
        check = () => {};
        clearTimeout(timer);
        // A hidden tab paints no frames: a timer stands in for the frame there.
        if (doc.hidden) setTimeout(done, 0);
        else win.requestAnimationFrame(() => setTimeout(done, 0));
      };
      check();
    };
    if (doc.readyState === 'complete') loaded();
    else win.addEventListener('load', loaded, { once: true });
  });
}

const preloaded = new Set<string>();

/**
 * Adds `<link rel="modulepreload" crossorigin fetchpriority="low">` for each URL not
 * preloaded yet, in one go: the browser fetches them in parallel, at low priority, with
 * the CORS mode a module import uses (so the import reuses them).
 */
export function preloadModules(urls: readonly string[], doc: Document = document): void {
  const parent = doc.head ?? doc.documentElement;
  for (const href of urls) {
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.setAttribute('fetchpriority', 'low');
    link.href = href;
    parent.append(link);
  }
}

/**
 * Starts watching `doc` and returns `scan(root)` for roots the observer cannot see
 * (shadow roots). A chunk that fails to load is reported once through `warn` and never
 * thrown into the page.
 */
export function autoDefine(
  chunks: ChunkMap,
  doc: Document,
  warn: (msg: string, err: unknown) => void,
  opts: AutoDefineOptions = {},
) {
  const pending = new Set(Object.keys(chunks));
  const ready = opts.ready ?? Promise.resolve();
  let observer: MutationObserver | undefined;

  const fetchChunk = (tag: string) => {
    try {
      if (customElements.get(tag)) return; // another copy of Rapport defined it meanwhile
      preloadModules(opts.graph?.[tag] ?? [], doc);
      chunks[tag]().catch((err) => warn(`could not load <${tag}>`, err));
    } catch (err) {
      warn(`could not load <${tag}>`, err);
    }
  };

  const load = (tag: string) => {
    if (!pending.delete(tag)) return;
    if (!pending.size) observer?.disconnect();
    if (customElements.get(tag)) return; // another copy of Rapport defined it already
    void ready.then(
      () => fetchChunk(tag),
      () => fetchChunk(tag),
    );
  };

  // One selector for the tags still missing: cheap to test on each added subtree.
  const scan = (root: ParentNode) => {
    if (!pending.size) return;
    const selector = [...pending].join(',');
    if (root instanceof Element && root.matches(selector)) load(root.localName);
    for (const el of root.querySelectorAll(selector)) load(el.localName);
  };

  scan(doc);
  if (pending.size) {
    observer = new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) scan(node);
    });
    observer.observe(doc, { childList: true, subtree: true });
  }
  return scan;
}
