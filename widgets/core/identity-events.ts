/**
 * @module Identity and consent events, fired on `window` by the loader. Loader-only at runtime: an
 * element chunk must import this file with `import type` only, or the chunk would import
 * the loader entry (see scripts/check-size.ts).
 */
import type { ApiError } from './api-client.ts';
import { RapportEvent } from './events.ts';
import type { RapportSession } from './rapport-global.ts';

/** The shopper's identity changed: signed in (`session`) or signed out (`null`). */
export class RapportIdentityChangeEvent extends RapportEvent<{ session: RapportSession | null }> {
  static readonly type = 'rapport-identity-change';
  constructor(session: RapportSession | null) {
    super(RapportIdentityChangeEvent.type, { session });
  }
}

/** A storefront identity proof could not be exchanged (e.g. 401 `invalid-token`). */
export class RapportIdentityErrorEvent extends RapportEvent<{ error: ApiError }> {
  static readonly type = 'rapport-identity-error';
  constructor(error: ApiError) {
    super(RapportIdentityErrorEvent.type, { error });
  }
}

/** `Rapport.consent()` was called: elements that show personal content ask again. */
export class RapportConsentChangeEvent extends RapportEvent<{ granted: boolean }> {
  static readonly type = 'rapport-consent-change';
  constructor(granted: boolean) {
    super(RapportConsentChangeEvent.type, { granted });
  }
}

declare global {
  interface WindowEventMap {
    'rapport-identity-change': RapportIdentityChangeEvent;
    'rapport-identity-error': RapportIdentityErrorEvent;
    'rapport-consent-change': RapportConsentChangeEvent;
  }
}
