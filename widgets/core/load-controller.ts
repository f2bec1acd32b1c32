/**
 * @module Data loading as state, not exceptions (the @lit/task idea in ~80 lines): runs
 * `load(args, signal)` whenever `args()` change, aborts the previous run, drops stale
 * results, and exposes `status` / `value` / `error` for the host to render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError, Result } from './api-client.ts';

export type LoadStatus = 'idle' | 'loading' | 'done' | 'error';

export interface LoadOptions<T, A extends readonly unknown[]> {
  /** The inputs; a change (compared item by item) starts a new run. */
  args: () => A;
  /** Fetches the data; should resolve to a Result, a throw is turned into an error state. */
  load: (args: A, signal: AbortSignal) => Promise<Result<T>>;
}

const changed = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  !a || a.length !== b.length || a.some((v, i) => !Object.is(v, b[i]));

export class LoadController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'idle';
  value?: T;
  error?: ApiError;
  private lastArgs?: A;
  private abort?: AbortController;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: LoadOptions<T, A>,
  ) {
    host.addController(this);
  }

  // Runs before each render, so the render that follows already shows `loading`.
  hostUpdate() {
    const args = this.opts.args();
    if (changed(this.lastArgs, args)) this.start(args);
  }

  hostConnected() {
    if (!this.lastArgs) this.host.requestUpdate(); // reconnected after an aborted run
  }

  hostDisconnected() {
    if (this.status !== 'loading') return;
    this.abort?.abort();
    this.lastArgs = undefined;
    this.status = 'idle';
  }

  /** Loads again with the same args (the error state's "Try again"). */
  reload() {
    this.lastArgs = undefined;
    this.host.requestUpdate();
  }

  private async start(args: A) {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const mine = ++this.run;
    this.lastArgs = args;
    this.status = 'loading';
    this.error = undefined;
    let res: Result<T>;
    try {
      res = await this.opts.load(args, abort.signal);
    } catch (err) {
      res = { ok: false, error: { code: 'client', status: 0, title: String(err) } };
    }
    // Superseded or aborted: a newer run (or none) owns the state now.
    if (mine !== this.run || abort.signal.aborted) return;
    if (res.ok) {
      this.status = 'done';
      this.value = res.value;
    } else {
      this.status = 'error';
      this.error = res.error;
    }
    this.host.requestUpdate();
  }
}
