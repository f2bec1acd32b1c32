/**
 * @module Admin events: the app's own events (signing in and out, navigating) as
 * `RapportEvent` classes — bubbling, composed (they cross the shadow roots between an
 * element and the app), the payload typed in `detail`. An area's events live in its
 * folder (e.g. `feedback/feedback-events.ts`).
 */
import { RapportEvent } from '../../core/events.ts';
import type { AdminSession } from './admin-api.ts';

/** A staff member signed in; `detail.session` is who and which shop. */
export class AdminSignedInEvent extends RapportEvent<{ session: AdminSession }> {
  static readonly type = 'rapport-admin-signed-in';
  constructor(session: AdminSession) {
    super(AdminSignedInEvent.type, { session });
  }
}

/** The staff member signed out (no payload). */
export class AdminSignedOutEvent extends RapportEvent<null> {
  static readonly type = 'rapport-admin-signed-out';
  constructor() {
    super(AdminSignedOutEvent.type, null);
  }
}

/**
 * A page asks the shell to go to `detail.href` (a path under the admin base, with its
 * query); `detail.replace` keeps the history from filling up, e.g. while a filter is typed.
 */
export class AdminNavigateEvent extends RapportEvent<{ href: string; replace: boolean }> {
  static readonly type = 'rapport-admin-navigate';
  constructor(href: string, replace = false) {
    super(AdminNavigateEvent.type, { href, replace });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rapport-admin-signed-in': AdminSignedInEvent;
    'rapport-admin-signed-out': AdminSignedOutEvent;
    'rapport-admin-navigate': AdminNavigateEvent;
  }
}
