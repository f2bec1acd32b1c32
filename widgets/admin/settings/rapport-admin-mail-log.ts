/**
 * @module <rapport-admin-mail-log>: the shop's outgoing mail as a table.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { untilGiven } from '../app/admin-load.ts';
import { emailLabel, fullTimeLabel, timeLabel } from '../app/admin-format.ts';
import type { MailItem, MailLog, SettingsApi } from './settings-api.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBadges, adminBase, adminTable } from '../app/admin-styles.ts';
import { settingsText } from './settings-texts.ts';

/**
 * The mail log (`GET /v1/admin/mail`): when, to whom, the subject, whether it went
 * out and after how many attempts, newest first. A row opens to show the plain-text
 * body (and the last error). Without an SMTP server (`SMTP_URL`), this is where the
 * mails are kept instead of being sent.
 *
 * @summary Outgoing mail table.
 * @tag rapport-admin-mail-log
 */
export class RapportAdminMailLog extends LitElement {
  static override styles = [
    adminBase,
    adminTable,
    adminBadges,
    css`
      :host { display: block; }
      .head { display: flex; align-items: flex-start; justify-content: space-between; gap: 16px; margin-bottom: 16px; }
      .head p { margin-top: 4px; }
      .open {
        display: inline-flex; align-items: baseline; gap: 6px; padding: 0; border: 0; background: none; font: inherit;
        color: var(--_accent); text-align: left; cursor: pointer;
      }
      .open:hover { text-decoration: underline; }
      .chevron { display: inline-block; transition: transform 0.15s; }
      [aria-expanded='true'] .chevron { transform: rotate(90deg); }
      .badge.pending { background: #f0f9ff; color: #065986; }
      .badge.sent { background: #ecfdf3; color: #05603a; }
      .badge.kept { background: #f1f3f7; color: #404857; }
      .badge.failed { background: #fef3f2; color: #a11d12; }
      /* Never sent, on purpose: a warning, not a failure. */
      .badge.limited { background: #fffaeb; color: #7a2e0e; white-space: normal; }
      .why { margin-bottom: 8px; color: #7a2e0e; }
      tr.body td { border-top: 0; padding-top: 0; }
      pre {
        margin: 0; padding: 12px 14px; border-radius: 6px; background: #f1f3f7; border: 1px solid var(--_border);
        white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/20px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      }
      .last-error { margin-bottom: 8px; color: var(--_danger); }
      .to { overflow-wrap: anywhere; }
      /* On a phone the log scrolls sideways rather than squeezing an address to a letter a line. */
      table { min-width: 600px; }
      @media (max-width: 599px) {
        table { min-width: 520px; }
        /* keep-all: a Chinese time breaks at its space (11月23日 / 上午1:27); an address after its @. */
        td.time { white-space: normal; word-break: keep-all; min-width: 84px; }
        .to { overflow-wrap: normal; }
      }
    `,
  ];

  /** The settings calls (only `mail` is used). */
  @property({ attribute: false }) api?: Pick<SettingsApi, 'mail'>;
  /** How many mails to show. */
  @property({ type: Number }) limit = 50;

  @state() private opened: ReadonlySet<string> = new Set();
  /** The log, loaded again when the API or the limit changes (a newer load supersedes an older one). */
  private readonly log = new LoadController(this, {
    args: () => [this.api, this.limit] as const,
    load: ([api, limit], signal) => (api ? api.mail(limit, signal) : untilGiven<MailLog>()),
  });
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const loading = this.log.status === 'loading' || this.log.status === 'idle';
    return html`<section class="card" aria-labelledby="mail-heading" aria-busy=${loading}>
      <div class="head">
        <div><h2 id="mail-heading">${settingsText('mail.heading')}</h2><p class="muted">${settingsText('mail.intro')}</p></div>
        <button class="button" type="button" @click=${() => this.log.reload()} ?disabled=${loading}>${settingsText('activity.refresh')}</button>
      </div>
      ${loading ? html`<p class="muted" role="status">${settingsText('mail.loading')}</p>` : this.body()}
    </section>`;
  }

  private body() {
    if (this.log.error) return html`<p class="error" role="alert">${actionError(this.log.error)}</p>`;
    const items = this.log.value?.items ?? [];
    if (items.length === 0) return html`<p class="muted">${settingsText('mail.empty')}</p>`;
    return html`<div class="table-wrap"><table>
      <caption class="visually-hidden">${settingsText('mail.caption', { count: items.length })}</caption>
      <thead><tr>
        <th scope="col">${settingsText('activity.time')}</th><th scope="col">${settingsText('mail.to')}</th>
        <th scope="col">${settingsText('mail.subject')}</th><th scope="col">${settingsText('mail.status')}</th>
        <th scope="col" class="num">${settingsText('mail.attempts')}</th>
      </tr></thead>
      <tbody>${items.map((m) => this.row(m))}</tbody>
    </table></div>`;
  }

  private row(m: MailItem) {
    const open = this.opened.has(m.id);
    const id = `mail-${m.id}`;
    return html`<tr>
        <td class="time"><time datetime=${m.createdAt} title=${fullTimeLabel(m.createdAt)}>${timeLabel(m.createdAt)}</time></td>
        <td class="to">${emailLabel(m.to)}</td>
        <td><button class="open" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
          @click=${() => this.toggleBody(m.id)}><span class="chevron" aria-hidden="true">›</span> <bdi>${m.subject}</bdi></button></td>
        <td><span class="badge ${m.status}" title=${m.sentAt ? fullTimeLabel(m.sentAt) : nothing}>${settingsText(`mail.${m.status}`)}</span></td>
        <td class="num">${m.attempts}</td>
      </tr>
      <tr class="body" id=${id} ?hidden=${!open}><td colspan="5">
        ${m.status === 'limited' ? html`<p class="why">${settingsText('mail.limitedWhy')}</p>` : nothing}
        ${m.lastError ? html`<p class="last-error">${settingsText('mail.lastError', { error: m.lastError })}</p>` : nothing}
        <pre dir="auto">${m.textBody}</pre>
      </td></tr>`;
  }

  private toggleBody(id: string): void {
    const next = new Set(this.opened);
    if (!next.delete(id)) next.add(id);
    this.opened = next;
  }
}

defineElement('rapport-admin-mail-log', RapportAdminMailLog);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-mail-log': RapportAdminMailLog;
  }
}
