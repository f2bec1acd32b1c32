/**
 * @module The settings page as the shell shows it at `/admin/settings`, and the entry of
 * the settings area's chunk, which the shell imports when the page is first opened.
 */
import { html } from 'lit';
import type { AdminPageContext } from '../app/admin-routes.ts';
import { SettingsApi } from './settings-api.ts';
import './rapport-admin-settings.ts';

export function renderAdminPage({ api, session, part }: AdminPageContext) {
  return html`<rapport-admin-settings .api=${api?.area(SettingsApi)} .session=${session} .section=${part ?? ''}></rapport-admin-settings>`;
}
