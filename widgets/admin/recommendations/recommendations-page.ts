/**
 * @module The recommendations page as the shell shows it at `/admin/recommendations`, and
 * the entry of the recommendations area's chunk, which the shell imports when the page is
 * first opened.
 */
import { html } from 'lit';
import type { AdminPageContext } from '../app/admin-routes.ts';
import { RecommendationsApi } from './recommendations-api.ts';
import './rapport-admin-recommendations.ts';

export function renderAdminPage({ api, session }: AdminPageContext) {
  return html`<rapport-admin-recommendations .api=${api?.area(RecommendationsApi)} .session=${session}></rapport-admin-recommendations>`;
}
