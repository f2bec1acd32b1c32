/**
 * @module Admin events: the app's own events as classes with typed payloads, bubbling
 * and composed so they cross the shadow roots between an element and the app.
 */
import type { AdminSession } from './admin-api.ts';

/** A staff member signed in; `session` is who and which shop. */
export class AdminSignedInEvent extends Event {
  static readonly type = 'rapport-admin-signed-in';
  constructor(readonly session: AdminSession) {
    super(AdminSignedInEvent.type, { bubbles: true, composed: true });
  }
}

/** The staff member signed out. */
export class AdminSignedOutEvent extends Event {
  static readonly type = 'rapport-admin-signed-out';
  constructor() {
    super(AdminSignedOutEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rapport-admin-signed-in': AdminSignedInEvent;
    'rapport-admin-signed-out': AdminSignedOutEvent;
  }
}
