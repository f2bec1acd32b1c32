/**
 * @module Admin events: the app's own events as classes with typed payloads, bubbling
 * and composed so they cross the shadow roots between an element and the app.
 */
import type { AdminSession, FeedbackDetail } from './admin-api.ts';
import type { InboxFilter } from '../feedback/inbox-filter.ts';

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

/**
 * A page asks the shell to go to `href` (a path under the admin base, with its query);
 * `replace` keeps the history from filling up, e.g. while a filter is being typed.
 */
export class AdminNavigateEvent extends Event {
  static readonly type = 'rapport-admin-navigate';
  constructor(
    readonly href: string,
    readonly replace = false,
  ) {
    super(AdminNavigateEvent.type, { bubbles: true, composed: true });
  }
}

/** The inbox filter bar changed the filter; `change` holds the fields that changed. */
export class InboxFilterEvent extends Event {
  static readonly type = 'rapport-admin-filter';
  constructor(readonly change: InboxFilter) {
    super(InboxFilterEvent.type, { bubbles: true, composed: true });
  }
}

/** The rows selected in the inbox table changed; `ids` is the whole new selection. */
export class InboxSelectEvent extends Event {
  static readonly type = 'rapport-admin-select';
  constructor(readonly ids: ReadonlySet<string>) {
    super(InboxSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** A bulk action went through: `message` says what changed, for the page's live region. */
export class InboxBulkDoneEvent extends Event {
  static readonly type = 'rapport-admin-bulk-done';
  constructor(readonly message: string) {
    super(InboxBulkDoneEvent.type, { bubbles: true, composed: true });
  }
}

/** A part of the detail view changed the item: `feedback` is the server's new state, `message` says what happened. */
export class FeedbackChangedEvent extends Event {
  static readonly type = 'rapport-admin-feedback-changed';
  constructor(
    readonly feedback: FeedbackDetail,
    readonly message: string,
  ) {
    super(FeedbackChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rapport-admin-signed-in': AdminSignedInEvent;
    'rapport-admin-signed-out': AdminSignedOutEvent;
    'rapport-admin-navigate': AdminNavigateEvent;
    'rapport-admin-filter': InboxFilterEvent;
    'rapport-admin-select': InboxSelectEvent;
    'rapport-admin-bulk-done': InboxBulkDoneEvent;
    'rapport-admin-feedback-changed': FeedbackChangedEvent;
  }
}
