/**
 * @module The base of every `rapport-*` element: Shadow DOM with the shared styles, its
 * own language (`t()`), the loading / empty / error states, re-rendering when the
 * shopper's identity changes, and the promise never to throw into the host page: a
 * failure in its own update or lifecycle becomes the error state.
 */
import { LitElement, html, nothing, type CSSResultGroup } from 'lit';
import type { ApiError, Result } from './api-client.ts';
import { rapport } from './config.ts';
import { RapportErrorEvent } from './events.ts';
import { LocalizeController, type SharedKey, type TextSet } from './i18n.ts';
import { LoadController } from './load-controller.ts';
import type { RapportSession } from './rapport-global.ts';
import { baseStyles } from './styles.ts';

const isNothing = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);

/**
 * Subclasses implement `renderContent()` (not `render()`, which the base keeps to swap
 * in the error state) and usually wrap it in `renderPanel(title, body)`.
 */
export abstract class RapportElement<K extends string = never> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  /** The element's own texts (its folder's `locales/`), beside the shared ones. */
  static texts?: TextSet<string>;

  /**
   * A widget's own connected/disconnected code runs before (or after) the base's guarded
   * `super` call: `defineElement` calls this once, before defining the class, and it wraps
   * those methods of the subclass too, so a bug there becomes the error state, not a page error.
   */
  static beforeDefine() {
    if (this === (RapportElement as unknown)) return;
    const proto = this.prototype as unknown as Record<string, unknown>;
    for (const name of ['connectedCallback', 'disconnectedCallback']) {
      const own = Object.getOwnPropertyDescriptor(proto, name)?.value;
      if (typeof own !== 'function') continue;
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(this: RapportElement, ...args: unknown[]) {
          try {
            return own.apply(this, args);
          } catch (err) {
            this.fail(err);
          }
        },
      });
    }
  }

  protected readonly i18n = new LocalizeController<K>(this, (this.constructor as typeof RapportElement).texts as TextSet<K> | undefined);
  /** A failure of this element's own code, shown instead of its content until "Try again". */
  private crash?: ApiError;

  protected abstract renderContent(): unknown;

  /** This element's text for `key` in its language. */
  protected t(key: SharedKey | K, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** The verified customer's session, or null while anonymous. */
  protected get session(): RapportSession | null {
    return rapport()?.session ?? null;
  }

  /** Creates a data loader whose errors are also announced as `rapport-error`. */
  protected load<T, A extends readonly unknown[]>(opts: {
    args: () => A;
    load: (args: A, signal: AbortSignal) => Promise<Result<T>>;
  }): LoadController<T, A> {
    return new LoadController<T, A>(this, {
      args: opts.args,
      load: async (args, signal) => {
        const res = await opts.load(args, signal);
        if (!res.ok && res.error.code !== 'aborted') this.dispatchEvent(new RapportErrorEvent(res.error));
        return res;
      },
    });
  }

  private readonly onIdentityChange = () => this.requestUpdate();

  override connectedCallback() {
    try {
      super.connectedCallback();
      addEventListener('rapport-identity-change', this.onIdentityChange);
    } catch (err) {
      this.fail(err);
    }
  }

  override disconnectedCallback() {
    try {
      super.disconnectedCallback();
    } catch (err) {
      this.fail(err);
    }
    removeEventListener('rapport-identity-change', this.onIdentityChange);
  }

  // Wait for this element's catalog before rendering, so Chinese pages see no English flash.
  protected override async scheduleUpdate() {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  // Lit rethrows update errors as unhandled rejections; catch them here instead.
  protected override performUpdate() {
    try {
      super.performUpdate();
    } catch (err) {
      this.fail(err);
    }
  }

  /** Shows the error state for a failure of this element's own code (never thrown into the page). */
  protected fail(err: unknown) {
    console.warn(`[rapport] <${this.localName}> failed`, err);
    if (this.crash) return; // the error state itself failed: stop rather than loop
    this.crash = { code: 'client', status: 0, title: String(err) };
    this.dispatchEvent(new RapportErrorEvent(this.crash));
    this.requestUpdate();
  }

  protected override render() {
    if (!this.crash) return this.renderContent();
    return html`<div part="base" lang=${this.i18n.locale}>${this.renderError(this.crash, () => this.recover())}</div>`;
  }

  private recover() {
    this.crash = undefined;
    this.requestUpdate();
  }

  /** The titled container every widget shows: `part="base"` and `part="title"`. */
  protected renderPanel(title: string, body: unknown) {
    return html`<section part="base" aria-labelledby="title" lang=${this.i18n.locale}>
      <h2 id="title" part="title"><slot name="title">${title}</slot></h2>
      ${body}
    </section>`;
  }

  protected renderLoading() {
    return html`<p class="state" part="loading" role="status">
      <span class="spinner" aria-hidden="true"></span>${this.t('state.loading')}
    </p>`;
  }

  /** The empty state; a page can replace its text with `<span slot="empty">…</span>`. */
  protected renderEmpty(message = this.t('state.empty')) {
    return html`<p class="state" part="empty" role="status"><slot name="empty">${message}</slot></p>`;
  }

  protected renderError(error: ApiError, retry?: () => void) {
    return html`<div class="state" part="error" role="alert">
      <span>${this.errorMessage(error)}</span>
      ${retry ? html`<button part="retry-button" type="button" @click=${retry}>${this.t('state.retry')}</button>` : nothing}
    </div>`;
  }

  /** A load's state as the matching view: loading, error (with retry), empty or `done(value)`. */
  protected renderLoad<T>(task: LoadController<T, any>, done: (value: T) => unknown, isEmpty: (value: T) => boolean = isNothing) {
    if (task.status === 'error') return this.renderError(task.error!, () => task.reload());
    if (task.status !== 'done') return this.renderLoading();
    return isEmpty(task.value as T) ? this.renderEmpty() : done(task.value as T);
  }

  /** The shopper-facing text for an API or client error, in this element's language. */
  protected errorMessage(error: ApiError): string {
    const key = [`problem.${error.code}`, `error.${error.code}`].find((k) => this.i18n.has(k));
    const fallback: SharedKey = error.status >= 500 ? 'problem.internal' : 'state.error';
    const text = this.t((key as SharedKey | undefined) ?? fallback);
    return error.retryAfter ? `${text} ${this.t('error.retryAfter', { seconds: error.retryAfter })}` : text;
  }
}
