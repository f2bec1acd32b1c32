/**
 * @module Define-on-sight: loads an element's chunk only when its tag appears in the page,
 * at start and later (one MutationObserver on the document). Loader-only at runtime.
 */

/** Tag name → import of the chunk that defines it (a static map, so the bundler sees each chunk). */
export type ChunkMap = Record<string, () => Promise<unknown>>;

/**
 * Starts watching `doc` and returns `scan(root)` for roots the observer cannot see
 * (shadow roots). A chunk that fails to load is reported once through `warn` and never
 * thrown into the page.
 */
export function autoDefine(chunks: ChunkMap, doc: Document, warn: (msg: string, err: unknown) => void) {
  const pending = new Set(Object.keys(chunks));
  let observer: MutationObserver | undefined;

  const load = (tag: string) => {
    if (!pending.delete(tag)) return;
    if (!pending.size) observer?.disconnect();
    if (customElements.get(tag)) return; // another copy of Rapport defined it already
    try {
      chunks[tag]().catch((err) => warn(`could not load <${tag}>`, err));
    } catch (err) {
      warn(`could not load <${tag}>`, err);
    }
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
