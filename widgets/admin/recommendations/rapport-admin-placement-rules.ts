/**
 * @module <rapport-admin-placement-rules>: which categories each placement may show, and
 * the product page address recommendations link to.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError } from '../../core/api-client.ts';
import { defineElement } from '../../core/define.ts';
import { PLACEMENTS } from '../../../server/interactions/limits.ts';
import { DEFAULT_PRODUCT_URL } from '../../../server/recommendations/limits.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import type { Placement, RecommendationSettings, RecommendationsApi } from './recommendations-api.ts';
import { RecommendationSettingsSavedEvent } from './recommendations-events.ts';
import { categoriesLine, parseCategories, placementLabel, ruleErrors, type RuleField } from './recommendations-format.ts';
import { recsText } from './recommendations-texts.ts';

/** The parts of the product address hint and its refusal that are code, not words. */
const URL_PARTS = { path: DEFAULT_PRODUCT_URL, secure: 'https://', handle: '{handle}' };

/**
 * Placement rules: per placement, only these categories (empty: any) and never these,
 * typed as one comma-separated line each, and the product page address with `{handle}`.
 * An owner saves them with one button (`PUT /v1/admin/settings/recommendations`); a
 * refusal marks the fields it is about with the reason. An agent reads them.
 *
 * @event rapport-admin-recommendation-settings-saved - `RecommendationSettingsSavedEvent` once the rules are saved.
 * @summary Placement categories and product address form.
 * @tag rapport-admin-placement-rules
 */
export class RapportAdminPlacementRules extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      .card > p { margin: 4px 0 20px; }
      form { display: grid; gap: 20px; }
      .rules { display: grid; gap: 16px; }
      .rule { display: grid; gap: 8px 16px; min-width: 0; }
      .rule-name { font-weight: 600; }
      .cols { display: none; }
      .read { overflow-wrap: anywhere; }
      .url-read { margin-top: 20px; }
      .field-error { color: var(--_danger); font-size: 13px; }
      input[aria-invalid='true'] { border-color: var(--_danger); }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
      code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }
      @media (min-width: 720px) {
        .rule, .cols { grid-template-columns: 160px minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
        .cols { display: grid; gap: 16px; font-size: 13px; font-weight: 550; color: var(--_muted); }
        .rule-name { padding-top: 8px; }
        .rule .field > label {
          position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
        }
      }
    `,
  ];

  /** The placement settings as saved (from the page). */
  @property({ attribute: false }) settings?: RecommendationSettings;
  /** Why they could not be loaded, if so. */
  @property({ attribute: false }) loadError?: ApiError;
  /** Whether the staff member may change them (owners). */
  @property({ type: Boolean }) owner = false;
  /** The area's calls (only `updateSettings` is used). */
  @property({ attribute: false }) api?: Pick<RecommendationsApi, 'updateSettings'>;

  @state() private saved = '';
  /** The fields the last refusal was about. */
  @state() private invalid: ReadonlySet<RuleField> = new Set();
  private readonly action = new AdminAction<'save'>(this);
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const s = this.settings;
    return html`<section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">${recsText('rules.heading')}</h2>
      <p class="muted">${recsText('rules.intro')}</p>
      ${s ? (this.owner ? this.form(s) : this.readOnly(s))
        : this.loadError ? html`<p class="error" role="alert">${actionError(this.loadError)}</p>`
        : html`<p class="muted" role="status">${recsText('rules.loading')}</p>`}
    </section>`;
  }

  private form(s: RecommendationSettings) {
    const busy = this.action.running !== '';
    const urlInvalid = this.invalid.has('productUrl');
    return html`<form @submit=${this.submit} @input=${this.edited} aria-busy=${busy ? 'true' : 'false'} novalidate>
      <div class="rules">
        <div class="cols" aria-hidden="true"><span></span><span>${recsText('rules.only')}</span><span>${recsText('rules.never')}</span></div>
        ${PLACEMENTS.map((p) => html`<div class="rule" role="group" aria-labelledby="rule-${p}">
          <span class="rule-name" id="rule-${p}">${placementLabel(p)}</span>
          ${this.categoriesField(p, 'includeCategories', s.placements[p].includeCategories)}
          ${this.categoriesField(p, 'excludeCategories', s.placements[p].excludeCategories)}
        </div>`)}
      </div>
      <div class="field">
        <label for="product-url">${recsText('rules.productUrl')}</label>
        <input id="product-url" name="productUrl" type="text" inputmode="url" autocomplete="off" spellcheck="false" maxlength="500"
          .value=${s.productUrl} aria-invalid=${urlInvalid ? 'true' : 'false'}
          aria-describedby=${urlInvalid ? 'product-url-error product-url-hint' : 'product-url-hint'} />
        ${urlInvalid ? html`<span class="field-error" id="product-url-error">${recsText('rules.productUrlInvalid', URL_PARTS)}</span>` : nothing}
        <span class="hint" id="product-url-hint">${recsText('rules.productUrlHint', URL_PARTS)}</span>
      </div>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${busy}>${recsText(busy ? 'rules.saving' : 'rules.save')}</button>
        <span class="status-line" role="status">${this.saved}</span>
      </div>
    </form>`;
  }

  private categoriesField(p: Placement, list: 'includeCategories' | 'excludeCategories', value: string[]) {
    const id = `${list === 'includeCategories' ? 'only' : 'never'}-${p}`;
    const invalid = this.invalid.has(`${p}.${list}`);
    return html`<div class="field">
      <label for=${id}>${recsText(list === 'includeCategories' ? 'rules.only' : 'rules.never')}</label>
      <input id=${id} name=${id} type="text" autocomplete="off" .value=${categoriesLine(value)}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${id}-error` : nothing} />
      ${invalid ? html`<span class="field-error" id="${id}-error">${recsText('rules.categoriesInvalid')}</span>` : nothing}
    </div>`;
  }

  private readOnly(s: RecommendationSettings) {
    const list = (categories: string[], none: string) =>
      categories.length ? html`<bdi>${categoriesLine(categories)}</bdi>` : html`<span class="muted">${none}</span>`;
    return html`<div class="rules">
      <div class="cols" aria-hidden="true"><span></span><span>${recsText('rules.only')}</span><span>${recsText('rules.never')}</span></div>
      ${PLACEMENTS.map((p) => html`<div class="rule" role="group" aria-labelledby="rule-${p}">
        <span class="rule-name" id="rule-${p}">${placementLabel(p)}</span>
        <div class="field"><span class="label">${recsText('rules.only')}</span>
          <span class="read">${list(s.placements[p].includeCategories, recsText('rules.any'))}</span></div>
        <div class="field"><span class="label">${recsText('rules.never')}</span>
          <span class="read">${list(s.placements[p].excludeCategories, recsText('rules.nothingExcluded'))}</span></div>
      </div>`)}
    </div>
    <div class="field url-read"><span class="label">${recsText('rules.productUrl')}</span>
      <code dir="ltr">${s.productUrl}</code></div>`;
  }

  private edited(): void {
    this.saved = '';
    this.invalid = new Set();
    this.action.clear();
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (!this.api) return;
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const line = (name: string) => parseCategories(String(data.get(name) ?? ''));
    const productUrl = String(data.get('productUrl') ?? '').trim();
    this.saved = '';
    const res = await this.action.run('save', async () => {
      const r = await this.api!.updateSettings((saved) => ({
        productUrl,
        placements: Object.fromEntries(PLACEMENTS.map((p) => [p, {
          ...saved.placements[p], includeCategories: line(`only-${p}`), excludeCategories: line(`never-${p}`),
        }])) as RecommendationSettings['placements'],
      }));
      this.invalid = r.ok ? new Set() : ruleErrors(r.error.errors);
      return r;
    });
    if (!res) return;
    this.saved = recsText('rules.saved');
    this.dispatchEvent(new RecommendationSettingsSavedEvent(res));
  }
}

defineElement('rapport-admin-placement-rules', RapportAdminPlacementRules);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-placement-rules': RapportAdminPlacementRules;
  }
}
