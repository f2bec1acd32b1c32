/**
 * @module The loader (`/widgets/rapport.js`): the one script a shop pastes. It sets up
 * `window.Rapport` (shop key, API base, customer session) and loads each element's chunk
 * only when its tag appears in the page, after the page's own content has loaded, all of
 * an element's files in one parallel stage at low priority. No Lit here: it stays a few
 * KB, and every failure is logged, never thrown into the storefront.
 *
 * @example
 * <script type="module" src="https://rapport.example/widgets/rapport.js" data-shop="pk_xxx" fetchpriority="low"></script>
 * <rapport-faq></rapport-faq>
 */
import type { ApiError, Result } from './core/api-client.ts';
import { afterPageLoad, autoDefine, type ChunkGraph, type ChunkMap } from './core/autodefine.ts';
import { RapportConsentChangeEvent, RapportIdentityErrorEvent } from './core/identity-events.ts';
import type { RapportGlobal, RapportSession } from './core/rapport-global.ts';
import { sessionStore } from './core/session-store.ts';
import { consentKey, earlyKey, visitorKey, type EarlyCall, type TrackData } from './core/tracking.ts';
import { VERSION } from './core/version.ts';


// Static imports only: the bundler turns each into a chunk resolved relative to this
// file's URL, so a storefront on another origin fetches them from Rapport's origin.
// Keep the `'tag': () => import('…')` form: the build (scripts/vite-widget-graph.ts) reads
// the tags from it.
const chunks: ChunkMap = {
  'rapport-provider': () => import('./provider/rapport-provider.ts'),
  'rapport-profile': () => import('./profile/rapport-profile.ts'),
  'rapport-faq': () => import('./faq/rapport-faq.ts'),
  'rapport-order-tracker': () => import('./order-tracker/rapport-order-tracker.ts'),
  'rapport-returns': () => import('./returns/rapport-returns.ts'),
  'rapport-feedback': () => import('./feedback/rapport-feedback.ts'),
  'rapport-recommendations': () => import('./recommendations/rapport-recommendations.ts'),
};

const warn = (msg: string, err?: unknown) => console.warn(`[rapport] ${msg}`, err ?? '');

/**
 * Tag → every file its chunk needs (its own first, then its static imports, transitively),
 * relative to this file. The build writes the map in place of the placeholder; unbundled
 * (tests, dev) there is none and each import fetches its own dependencies.
 */
function chunkGraph(json: string): ChunkGraph {
  try {
    const rel = JSON.parse(json) as Record<string, string[]>;
    const base = import.meta.url;
    return Object.fromEntries(Object.entries(rel).map(([tag, files]) => [tag, files.map((f) => new URL(f, base).href)]));
  } catch {
    return {};
  }
}

/**
 * Module scripts have no `document.currentScript`: find our own tag by its resolved
 * `src`, else (bundled or proxied copies) the first tag that names a shop.
 */
function ownScript(): HTMLScriptElement | null {
  const here = import.meta.url;
  for (const s of document.querySelectorAll<HTMLScriptElement>('script[src]')) if (s.src === here) return s;
  return document.querySelector<HTMLScriptElement>('script[data-shop]');
}

function apiBase(tag: HTMLScriptElement | null): string {
  try {
    return new URL(tag?.dataset.api || new URL(import.meta.url).origin, location.href).href.replace(/\/$/, '');
  } catch {
    warn(`data-api is not a URL: ${tag?.dataset.api}`);
    return new URL(import.meta.url).origin;
  }
}

function start(): RapportGlobal {
  const tag = ownScript();
  const shop = tag?.dataset.shop ?? '';
  const api = apiBase(tag);
  if (!shop) warn('no data-shop on the script tag: widgets that need the API will show an error');
  const store = sessionStore(shop);
  let attempt = 0;
  /** The identify() whose answer decides the session, while it runs. */
  let inFlight: Promise<unknown> | undefined;
  let decided = false;
  let markDecided!: () => void;
  const decision = new Promise<void>((resolve) => (markDecided = () => ((decided = true), resolve())));

  const fail = (error: ApiError): Result<RapportSession> => {
    dispatchEvent(new RapportIdentityErrorEvent(error));
    return { ok: false, error };
  };

  function identify(token: string): Promise<Result<RapportSession>> {
    const mine = ++attempt;
    const run = exchange(mine, token);
    inFlight = run;
    // The latest call decides; the page's identity is known when it answers.
    void run.finally(() => {
      if (mine === attempt) {
        inFlight = undefined;
        markDecided();
      }
    });
    return run;
  }

  async function exchange(mine: number, token: string): Promise<Result<RapportSession>> {
    if (!shop) return fail({ code: 'setup', status: 0, title: 'No data-shop on the script tag' });
    let res: Result<RapportSession>;
    try {
      const { exchangeIdentity } = await import('./core/identity.ts');
      // The kept session is reused only when this very proof is the one it came from.
      res = await exchangeIdentity(api, shop, String(token ?? ''), store.get() ?? store.saved());
    } catch (err) {
      warn('identity exchange failed', err);
      res = { ok: false, error: { code: 'network', status: 0, title: String(err) } };
    }
    // A newer identify() call decides the session; this one only reports its own result.
    if (mine !== attempt) return res;
    if (res.ok) {
      store.set(res.value);
      return res;
    }
    // A rejected proof may belong to someone else: never keep the previous customer's session.
    store.set(null);
    return fail(res.error);
  }

  /**
   * Once the page is parsed, its proof decides (unless the page's own code called
   * identify() already): a <rapport-provider> with a token is exchanged — or matched to the
   * kept session without a request — and a page with no proof has nobody signed in, so a
   * session kept from an earlier page is forgotten before any element renders or sends.
   */
  const decideFromPage = () => {
    // The store's consent banner may answer in the page: <rapport-provider consent="granted|denied">.
    const said = document.querySelector('rapport-provider[consent]')?.getAttribute('consent');
    if ((said === 'granted' || said === 'denied') && global.consented !== (said === 'granted')) global.consent(said === 'granted');
    if (inFlight || decided) return;
    const token = [...document.querySelectorAll('rapport-provider')].map((p) => p.getAttribute('customer-token') ?? '').find(Boolean);
    if (token) return void identify(token);
    if (store.get() || store.saved()) store.set(null);
    markDecided();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', decideFromPage, { once: true });
  else queueMicrotask(decideFromPage);

  // Events tracked before the tracker's chunk arrives wait here; a page left before then
  // puts them where the next page's tracker finds them.
  const buffered: EarlyCall[] = [];
  let tracker: { track(kind: string, data?: TrackData, at?: number): void; consent(granted: boolean): void } | undefined;
  addEventListener('pagehide', () => {
    if (tracker) return;
    // Left before the tracker came: the page's products were viewed all the same (JSON drops an absent variant).
    for (const el of document.querySelectorAll<HTMLElement>('[data-rapport-product]')) {
      buffered.push(['product.view', { product: el.dataset.rapportProduct, variant: el.dataset.rapportVariant }, Date.now()]);
    }
    if (!buffered.length) return;
    try {
      const key = earlyKey(shop);
      sessionStorage.setItem(key, JSON.stringify([...(JSON.parse(sessionStorage.getItem(key) ?? '[]') as EarlyCall[]), ...buffered.splice(0)]));
    } catch {}
  });
  const ready = afterPageLoad();
  if (shop) {
    void ready
      .then(() => import('./core/tracker.ts'))
      .then((m) => (tracker = m.startTracker(shop, api, buffered.splice(0))))
      .catch((err) => warn('the tracker could not start', err));
  }

  let scan: (root: ParentNode) => void = () => {};
  const global: RapportGlobal = {
    version: VERSION,
    shop,
    api,
    get session() {
      return store.get();
    },
    identify,
    async identityReady() {
      await decision;
      while (inFlight) await inFlight;
      return store.get();
    },
    signOut: () => {
      attempt++;
      inFlight = undefined;
      store.set(null);
      markDecided();
    },
    scan: (root) => {
      try {
        scan(root);
      } catch (err) {
        warn('scan failed', err);
      }
    },
    track(kind, data) {
      try {
        if (tracker) tracker.track(kind, data as TrackData);
        else buffered.push([kind, data as TrackData, Date.now()]);
      } catch (err) {
        warn('track failed', err);
      }
    },
    consent(granted) {
      try {
        localStorage.setItem(consentKey(shop), granted ? '1' : '0');
        if (!granted) localStorage.removeItem(visitorKey(shop)); // a "no" holds at once, tracker loaded or not
      } catch {}
      tracker?.consent(!!granted);
      dispatchEvent(new RapportConsentChangeEvent(!!granted));
    },
    get consented() {
      try {
        const v = localStorage.getItem(consentKey(shop));
        return v === null ? undefined : v === '1';
      } catch {
        return undefined;
      }
    },
  };
  window.Rapport = global;
  scan = autoDefine(chunks, document, warn, { graph: chunkGraph('__RAPPORT_CHUNK_GRAPH__'), ready });
  return global;
}

// Pasted twice (or two versions on one page): the first one wins, the second stays quiet.
if (window.Rapport) warn(`already loaded (version ${window.Rapport.version}); ignoring this copy`);
else {
  try {
    start();
  } catch (err) {
    warn('could not start', err);
  }
}
