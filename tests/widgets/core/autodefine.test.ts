/**
 * @module Tests of define-on-sight with stand-in chunks: nothing loads before its tag
 * appears, a tag that appears later (or deep in an added subtree) loads once, and a chunk
 * that fails to load is logged once, never thrown into the page. Then what it costs the
 * page: nothing is fetched before `ready`, and an element's whole chunk graph is
 * preloaded at once (modulepreload, crossorigin, low priority), each file once.
 */
import { expect } from '@esm-bundle/chai';
import { afterPageLoad, autoDefine } from '../../../widgets/core/autodefine.ts';
import { cleanup, fixture, tick, waitFor, watchPageErrors } from '../helpers.ts';

// Tags unique to this file, so the real loader (in other tests) never sees them.
const calls: Record<string, number> = { 'ad-early': 0, 'ad-late': 0, 'ad-deep': 0, 'ad-broken': 0, 'ad-throws': 0, 'ad-absent': 0 };
const warnings: string[] = [];

function chunk(tag: string) {
  return async () => {
    calls[tag]++;
    customElements.define(tag, class extends HTMLElement {});
  };
}

describe('autoDefine (the loader define-on-sight)', () => {
  let errors: ReturnType<typeof watchPageErrors>;
  before(async () => {
    errors = watchPageErrors();
    await fixture('<ad-early></ad-early>');
    autoDefine(
      {
        'ad-early': chunk('ad-early'),
        'ad-late': chunk('ad-late'),
        'ad-deep': chunk('ad-deep'),
        'ad-absent': chunk('ad-absent'),
        'ad-broken': () => (calls['ad-broken']++, Promise.reject(new Error('404 chunk'))),
        'ad-throws': () => {
          calls['ad-throws']++;
          throw new Error('sync failure');
        },
      },
      document,
      (msg) => warnings.push(msg),
    );
  });
  after(cleanup);

  it('loads the chunk of a tag already in the page', async () => {
    await waitFor(() => customElements.get('ad-early'), '<ad-early> defined');
    expect(calls['ad-early']).to.equal(1);
  });

  it('loads nothing for tags that are not in the page', async () => {
    await tick(50);
    expect(calls['ad-absent']).to.equal(0);
    expect(customElements.get('ad-absent') === undefined, 'ad-absent undefined').to.equal(true);
  });

  it('loads the chunk of a tag added later, once however many appear', async () => {
    expect(calls['ad-late']).to.equal(0);
    await fixture('<ad-late></ad-late>');
    await fixture('<ad-late></ad-late>');
    await waitFor(() => customElements.get('ad-late'), '<ad-late> defined');
    await tick(20);
    expect(calls['ad-late']).to.equal(1);
  });

  it('finds a tag deep inside an added subtree', async () => {
    const box = document.createElement('section');
    box.innerHTML = '<div><p><ad-deep></ad-deep></p></div>';
    document.body.append(box);
    await waitFor(() => customElements.get('ad-deep'), '<ad-deep> defined');
    box.remove();
  });

  it('logs a failing chunk once and throws nothing into the page', async () => {
    await fixture('<ad-broken></ad-broken><ad-throws></ad-throws>');
    await fixture('<ad-broken></ad-broken>');
    await waitFor(() => warnings.length >= 2, 'two warnings');
    await tick(50);
    expect(warnings.sort()).to.deep.equal(['could not load <ad-broken>', 'could not load <ad-throws>']);
    expect([calls['ad-broken'], calls['ad-throws']]).to.deep.equal([1, 1]);
    expect(errors.stop()).to.deep.equal([]);
  });
});

/** Real modules of this repository (the dev server serves them), standing in for built chunks. */
const url = (path: string) => new URL(path, import.meta.url).href;
const SHARED = url('../../../widgets/core/version.ts');
const GRAPH = {
  'pl-one': [url('../../../widgets/core/events.ts'), SHARED, url('../../../widgets/core/identity-events.ts')],
  'pl-two': [url('../../../widgets/core/session-store.ts'), SHARED],
};
const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];

describe('autoDefine preloads an element\'s chunk graph in one stage, after `ready`', () => {
  let open!: () => void;
  const ready = new Promise<void>((r) => (open = r));
  const seenAtImport: Record<string, string[]> = {};
  const imported: string[] = [];
  const stand = (tag: string) => async () => {
    imported.push(tag);
    seenAtImport[tag] = preloads().map((l) => l.href);
    customElements.define(tag, class extends HTMLElement {});
  };
  let errors: ReturnType<typeof watchPageErrors>;

  before(async () => {
    errors = watchPageErrors();
    await fixture('<pl-one></pl-one>');
    autoDefine({ 'pl-one': stand('pl-one'), 'pl-two': stand('pl-two') }, document, () => {}, { graph: GRAPH, ready });
  });
  after(cleanup);

  it('fetches nothing before `ready`, even for a tag already in the page', async () => {
    await tick(50);
    expect(imported).to.deep.equal([]);
    expect(preloads()).to.have.length(0);
  });

  it('then adds one modulepreload per file of the graph, crossorigin and low priority, before importing the chunk', async () => {
    open();
    await waitFor(() => customElements.get('pl-one'), '<pl-one> defined');
    const links = preloads();
    expect(links.map((l) => l.href)).to.deep.equal(GRAPH['pl-one']);
    for (const l of links) {
      expect(l.getAttribute('crossorigin'), l.href).to.equal('');
      expect(l.crossOrigin).to.equal('anonymous');
      expect(l.getAttribute('fetchpriority')).to.equal('low');
    }
    // The import starts when every file is already on its way: one stage, not a chain.
    expect(seenAtImport['pl-one']).to.deep.equal(GRAPH['pl-one']);
  });

  it('preloads each file once, however many elements share it', async () => {
    await fixture('<pl-two></pl-two>');
    await fixture('<pl-two></pl-two>');
    await waitFor(() => customElements.get('pl-two'), '<pl-two> defined');
    await tick(20);
    const hrefs = preloads().map((l) => l.href);
    expect(hrefs).to.deep.equal([...GRAPH['pl-one'], GRAPH['pl-two'][0]]);
    expect(new Set(hrefs).size).to.equal(hrefs.length);
    expect(imported).to.deep.equal(['pl-one', 'pl-two']);
    expect(errors.stop()).to.deep.equal([]);
  });
});

describe('afterPageLoad', () => {
  type Entry = { size: number; element: unknown };
  /**
   * A stand-in window: `load` fires when the test says so, frames are timers, `images` as
   * given, and the test hands out LCP entries as the browser would (after the paint).
   */
  function fakeWindow(readyState: DocumentReadyState, images: unknown[] = [], opts: { noLcp?: boolean } = {}) {
    const target = new EventTarget();
    const observers: Array<(list: { getEntries(): Entry[] }) => void> = [];
    class FakeObserver {
      constructor(cb: (list: { getEntries(): Entry[] }) => void) {
        if (opts.noLcp) throw new TypeError('largest-contentful-paint is not supported');
        observers.push(cb);
      }
      observe() {}
      disconnect() {}
    }
    const win = Object.assign(target, {
      document: { readyState, hidden: false, images },
      innerWidth: 412,
      innerHeight: 823,
      PerformanceObserver: FakeObserver,
      requestAnimationFrame: (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 0),
    }) as unknown as Window;
    const paint = (...entries: Entry[]) => observers.forEach((cb) => cb({ getEntries: () => entries }));
    return { win, paint };
  }
  /** An image at `top`, 412×309 on screen (the hero of a phone-sized page). */
  const image = (top: number) => ({ getBoundingClientRect: () => ({ left: 0, right: 412, top, bottom: top + 309 }) as DOMRect });
  const settled = (p: Promise<void>) => {
    const state = { done: false };
    void p.then(() => (state.done = true));
    return state;
  };

  it('waits for the page\'s load event, then a frame', async () => {
    const { win } = fakeWindow('interactive');
    const s = settled(afterPageLoad(win));
    await tick(30);
    expect(s.done, 'before load').to.equal(false);
    win.dispatchEvent(new Event('load'));
    await waitFor(() => s.done, 'resolved after load');
  });

  it('then waits until the browser reports the image in view as painted (its LCP), not for images below', async () => {
    const hero = image(48);
    const { win, paint } = fakeWindow('complete', [hero, image(2000)]);
    const s = settled(afterPageLoad(win));
    paint({ size: 20_000, element: {} }); // the heading painted first: the hero is still bigger
    await tick(40);
    expect(s.done, 'before the hero is painted').to.equal(false);
    paint({ size: 412 * 309, element: hero });
    await waitFor(() => s.done, 'resolved once the hero is reported');
  });

  it('does not wait for images smaller than what was painted already (a text LCP)', async () => {
    const { win, paint } = fakeWindow('complete', [image(48)]);
    paint({ size: 412 * 400, element: {} });
    const s = settled(afterPageLoad(win));
    await waitFor(() => s.done, 'resolved without the image');
  });

  it('waits at most lcpWaitMs for a report that does not come, and the cap when load never does', async () => {
    const never = settled(afterPageLoad(fakeWindow('complete', [image(48)]).win, 5000, 40));
    const noLoad = settled(afterPageLoad(fakeWindow('loading').win, 60));
    await tick(15);
    expect([never.done, noLoad.done]).to.deep.equal([false, false]);
    await waitFor(() => never.done && noLoad.done, 'both resolved', 1000);
  });

  it('without LCP entries (Safari), load and a frame are enough', async () => {
    await afterPageLoad(fakeWindow('complete', [image(48)], { noLcp: true }).win, 5000, 60_000);
  });

  it('resolves on this (loaded) page too', async () => {
    await afterPageLoad(window);
  });
});
