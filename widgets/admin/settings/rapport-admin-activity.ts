/**
 * @module <rapport-admin-activity>: the shop's audit log as a table.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import type { AdminSession } from '../app/admin-api.ts';
import { untilGiven } from '../app/admin-load.ts';
import type { AuditLog, SettingsApi } from './settings-api.ts';
import { fullTimeLabel, timeLabel } from '../app/admin-format.ts';
import { actionLabel, actorLabel } from './activity-labels.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase } from '../app/admin-styles.ts';
import { settingsText } from './settings-texts.ts';

/**
 * The latest entries of the shop's audit log (`GET /v1/admin/audit`): when, what, and
 * who — sign-ins, failed attempts and every change the team makes — with its own
 * loading, empty and error states and a refresh button.
 *
 * @summary Audit log table.
 * @tag rapport-admin-activity
 */
export class RapportAdminActivity extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host { display: block; }
      h2:focus { outline: none; }
      .head { display: flex; align-items: flex-start; justify-content: space-between; gap: 16px; margin-bottom: 16px; }
      .head p { margin-top: 4px; }
      table { width: 100%; border-collapse: collapse; }
      th, td { padding: 10px 12px; text-align: left; vertical-align: top; border-top: 1px solid var(--_border); }
      th { font-size: 12px; font-weight: 600; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; border-top: 0; }
      th:first-child, td:first-child { padding-left: 0; }
      td.time { color: var(--_muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
      .warn { color: var(--_danger); font-weight: 550; }
      /* keep-all: a Chinese time breaks at its space (11月23日 / 上午1:27), not inside 上午. */
      @media (max-width: 599px) { td.time { white-space: normal; word-break: keep-all; } }
    `,
  ];

  /** The settings calls (only `audit` is used). */
  @property({ attribute: false }) api?: Pick<SettingsApi, 'audit'>;
  /** The signed-in staff member, to show their own entries as "You". */
  @property({ attribute: false }) session?: AdminSession;
  /** How many entries to show. */
  @property({ type: Number }) limit = 50;

  /** The log, loaded again when the API or the limit changes (a newer load supersedes an older one). */
  private readonly log = new LoadController(this, {
    args: () => [this.api, this.limit] as const,
    load: ([api, limit], signal) => (api ? api.audit(limit, signal) : untilGiven<AuditLog>()),
  });
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const loading = this.log.status === 'loading' || this.log.status === 'idle';
    return html`<section class="card" aria-labelledby="activity-heading" aria-busy=${loading}>
      <div class="head">
        <div>
          <h2 id="activity-heading" tabindex="-1">${settingsText('activity.heading')}</h2>
          <p class="muted">${settingsText('activity.intro')}</p>
        </div>
        <button class="button" type="button" @click=${() => this.log.reload()} ?disabled=${loading}>
          ${settingsText('activity.refresh')}</button>
      </div>
      ${loading ? html`<p class="muted" role="status">${settingsText('activity.loading')}</p>` : this.body()}
    </section>`;
  }

  /** Scrolls the log into view and puts the keyboard on its heading. */
  async reveal(): Promise<void> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#activity-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  private body() {
    if (this.log.error) return html`<p class="error" role="alert">${settingsText('activity.error')}</p>`;
    const items = this.log.value?.items ?? [];
    if (items.length === 0) return html`<p class="muted">${settingsText('activity.empty')}</p>`;
    return html`<table>
      <caption class="visually-hidden">${settingsText('activity.caption', { count: items.length })}</caption>
      <thead><tr>
        <th scope="col">${settingsText('activity.time')}</th>
        <th scope="col">${settingsText('activity.action')}</th>
        <th scope="col">${settingsText('activity.actor')}</th>
      </tr></thead>
      <tbody>${items.map((item) => html`<tr>
        <td class="time"><time datetime=${item.createdAt} title=${fullTimeLabel(item.createdAt)}>${timeLabel(item.createdAt)}</time></td>
        <td class=${item.action.endsWith('_failed') ? 'warn' : ''}>${actionLabel(item.action)}</td>
        <td>${actorLabel(item, this.session)}</td>
      </tr>`)}</tbody>
    </table>`;
  }
}

defineElement('rapport-admin-activity', RapportAdminActivity);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-activity': RapportAdminActivity;
  }
}
