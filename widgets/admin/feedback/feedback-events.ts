/**
 * @module Feedback events: what the inbox's and the detail view's parts tell their page,
 * as `RapportEvent` classes (bubbling, composed, the payload typed in `detail`).
 */
import { RapportEvent } from '../../core/events.ts';
import type { AdminText } from '../app/admin-format.ts';
import type { FeedbackDetail } from './feedback-api.ts';
import type { InboxFilter } from './inbox-filter.ts';

/** The inbox filter bar changed the filter; `detail.change` holds the fields that changed. */
export class InboxFilterEvent extends RapportEvent<{ change: InboxFilter }> {
  static readonly type = 'rapport-admin-filter';
  constructor(change: InboxFilter) {
    super(InboxFilterEvent.type, { change });
  }
}

/** The rows selected in the inbox table changed; `detail.ids` is the whole new selection. */
export class InboxSelectEvent extends RapportEvent<{ ids: ReadonlySet<string> }> {
  static readonly type = 'rapport-admin-select';
  constructor(ids: ReadonlySet<string>) {
    super(InboxSelectEvent.type, { ids });
  }
}

/** A bulk action went through: `detail.message` says what changed, for the page's live region. */
export class InboxBulkDoneEvent extends RapportEvent<{ message: AdminText }> {
  static readonly type = 'rapport-admin-bulk-done';
  constructor(message: AdminText) {
    super(InboxBulkDoneEvent.type, { message });
  }
}

/**
 * A part of the detail view changed the item: `detail.feedback` is the server's new
 * state, `detail.message` says what happened.
 */
export class FeedbackChangedEvent extends RapportEvent<{ feedback: FeedbackDetail; message: AdminText }> {
  static readonly type = 'rapport-admin-feedback-changed';
  constructor(feedback: FeedbackDetail, message: AdminText) {
    super(FeedbackChangedEvent.type, { feedback, message });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rapport-admin-filter': InboxFilterEvent;
    'rapport-admin-select': InboxSelectEvent;
    'rapport-admin-bulk-done': InboxBulkDoneEvent;
    'rapport-admin-feedback-changed': FeedbackChangedEvent;
  }
}
