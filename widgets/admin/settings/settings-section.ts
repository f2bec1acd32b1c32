/**
 * @module One Settings section: a card with its heading, the form once the settings are
 * loaded (or the load's error), one Save button with its busy label, a readable refusal and
 * "Saved" after the server's answer — which then is what the form shows. Each section says
 * what it loads, how its fields look, how it reads them and where it saves.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Result } from '../../core/api-client.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import { untilGiven } from '../app/admin-load.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import type { SettingsTextKey } from './settings-texts.ts';
import { settingsText } from './settings-texts.ts';

/** The section's own texts. */
export interface SectionTexts {
  heading: SettingsTextKey;
  intro: SettingsTextKey;
  loading: SettingsTextKey;
  save: SettingsTextKey;
  saving: SettingsTextKey;
  saved: SettingsTextKey;
}

export abstract class SettingsSection<T, Api> extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      .card > p { margin: 4px 0 20px; }
      form { display: grid; gap: 20px; }
      fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
      legend { margin-bottom: 10px; padding: 0; }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
    `,
  ];

  /** The settings calls the section uses. */
  @property({ attribute: false }) api?: Api;

  @state() private saved = '';
  /** The settings as saved on the server: loaded for each API, then replaced by each save's answer. */
  protected readonly settings = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? this.load(api, signal) : untilGiven<T>()),
  });
  protected readonly action = new AdminAction<'save'>(this);
  protected readonly i18n = new AdminLocaleController(this);

  /** The id of the heading (unique on the settings page). */
  protected abstract readonly headingId: string;
  protected abstract readonly texts: SectionTexts;
  /** Whether the browser's own form checks are off (the section says what is wrong itself). */
  protected readonly noValidate: boolean = false;
  protected abstract load(api: Api, signal: AbortSignal): Promise<Result<T>>;
  protected abstract store(api: Api, next: T): Promise<Result<T>>;
  /** The form's fields for the settings `s`. */
  protected abstract fields(s: T): TemplateResult;
  /** The settings the form says, or what is wrong with it, in the merchant's language. */
  protected abstract read(data: FormData): T | { refused: string };

  override render() {
    const { value, error } = this.settings;
    const t = this.texts;
    return html`<section class="card" aria-labelledby=${this.headingId}>
      <h2 id=${this.headingId}>${settingsText(t.heading)}</h2>
      <p class="muted">${settingsText(t.intro)}</p>
      ${value ? this.form(value)
        : error ? html`<p class="error" role="alert">${actionError(error)}</p>`
        : html`<p class="muted" role="status">${settingsText(t.loading)}</p>`}
    </section>`;
  }

  private form(s: T) {
    const busy = this.action.running !== '';
    return html`<form @submit=${this.save} @input=${this.edited} aria-busy=${busy ? 'true' : 'false'} ?novalidate=${this.noValidate}>
      ${this.fields(s)}
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${busy}>${busy ? settingsText(this.texts.saving) : settingsText(this.texts.save)}</button>
        <span class="status-line" role="status">${this.saved}</span>
      </div>
    </form>`;
  }

  private edited(): void {
    this.saved = '';
    this.action.clear();
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const api = this.api;
    if (!api) return;
    const next = this.read(new FormData(e.currentTarget as HTMLFormElement));
    if (typeof next === 'object' && next !== null && 'refused' in next) {
      this.action.fail((next as { refused: string }).refused);
      return;
    }
    const res = await this.action.run('save', () => this.store(api, next as T));
    if (!res) return;
    this.settings.value = res; // the server's answer is what is saved now
    this.saved = settingsText(this.texts.saved);
  }
}
