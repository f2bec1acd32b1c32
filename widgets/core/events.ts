/**
 * @module Element events: typed classes named `rapport-*`, bubbling and composed so a
 * storefront can listen on the element, an ancestor or `document`.
 */
import type { ApiError } from './api-client.ts';

/** Base of every element event: `bubbles` and `composed` set, `detail` typed. */
export class RapportEvent<D> extends CustomEvent<D> {
  constructor(type: `rapport-${string}`, detail: D) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

/** An element switched to its error state (API problem, network, or a bug of its own). */
export class RapportErrorEvent extends RapportEvent<{ error: ApiError }> {
  static readonly type = 'rapport-error';
  constructor(error: ApiError) {
    super(RapportErrorEvent.type, { error });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rapport-error': RapportErrorEvent;
  }
}
