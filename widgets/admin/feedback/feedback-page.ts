/**
 * @module The inbox page as the shell shows it — the list at `/admin/inbox`, one item at
 * `/admin/inbox/<id>` — and the entry of the feedback area's chunk, which the shell
 * imports when the inbox is first opened.
 */
import { html } from 'lit';
import type { AdminPageContext } from '../app/admin-routes.ts';
import { FeedbackApi } from './feedback-api.ts';
import { SavedRepliesApi } from './saved-replies.ts';
import './rapport-admin-feedback.ts';
import './rapport-admin-inbox.ts';

export function renderAdminPage({ api, session, param, search }: AdminPageContext) {
  const calls = api?.area(FeedbackApi);
  return param
    ? html`<rapport-admin-feedback .api=${calls} .session=${session} .feedbackId=${param}
        .savedReplies=${api?.area(SavedRepliesApi)} .search=${search}></rapport-admin-feedback>`
    : html`<rapport-admin-inbox .api=${calls} .session=${session} .search=${search}></rapport-admin-inbox>`;
}
