/**
 * @module <rapport-admin-delivery-rules>: the days the shop counts to pack and carry an
 * order — by default, and for each shipping method it names — from which the order tracker
 * and Admin → Orders estimate a delivery when the carrier gives no date.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { defineElement } from '../../core/define.ts';
import {
  DELIVERY_METHODS_MAX, MAX_PROCESSING_DAYS, MAX_TRANSIT_DAYS, SHIPPING_METHOD_MAX, shippingMethodKey,
} from '../../../server/orders/limits.ts';
import type { DeliverySettings, DeliverySettingsView, SettingsApi } from './settings-api.ts';
import { SettingsSection } from './settings-section.ts';
import { settingsText } from './settings-texts.ts';

type Api = Pick<SettingsApi, 'deliveryRules' | 'saveDeliveryRules'>;

interface Row {
  /** Keeps each row's inputs (and what was typed in them) when another row goes. */
  id: number;
  name: string;
  processingDays: number;
  transitDays: number;
}

/**
 * Delivery estimates: the days to pack and the days on the way for any shipping method,
 * and rows of their own for the methods the owner names (suggested from the methods the
 * shop's orders came with). Saved together with one button.
 *
 * @summary Delivery rules per shipping method.
 * @tag rapport-admin-delivery-rules
 */
export class RapportAdminDeliveryRules extends SettingsSection<DeliverySettingsView, Api> {
  static override styles = [
    ...SettingsSection.styles,
    css`
      .days { display: flex; flex-wrap: wrap; gap: 12px 24px; }
      .days input { width: 96px; }
      .rows { display: grid; gap: 12px; margin: 0; padding: 0; list-style: none; }
      .row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px; padding: 12px; border: 1px solid var(--rapport-admin-border, #d8dcd9); border-radius: 8px; }
      .row .name { flex: 1 1 220px; min-width: 0; }
      .row .name input { width: 100%; box-sizing: border-box; }
      .row .field:not(.name) input { width: 96px; }
      fieldset > .hint { margin: 0 0 8px; }
    `,
  ];

  protected readonly headingId = 'rules-heading';
  protected readonly texts = {
    heading: 'rules.heading', intro: 'rules.intro', loading: 'rules.loading', save: 'rules.save', saving: 'rules.saving', saved: 'rules.saved',
  } as const;

  /** The method rows as the form holds them (from the saved settings, then added and removed). */
  @state() private rows: Row[] = [];
  private rowsOf?: DeliverySettingsView;
  private nextId = 0;
  /** Where focus goes after the rows change: a new row's name, or the add button after a removal. */
  private focusAfter?: string;

  protected load(api: Api, signal: AbortSignal) {
    return api.deliveryRules(signal);
  }

  protected store(api: Api, next: DeliverySettingsView) {
    const { knownMethods: _, ...rules } = next;
    return api.saveDeliveryRules(rules);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const saved = this.settings.value;
    if (saved && saved !== this.rowsOf) {
      this.rowsOf = saved;
      this.rows = saved.methods.map((m) => ({ ...m, id: this.nextId++ }));
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusAfter) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfter)?.focus();
    this.focusAfter = undefined;
  }

  private addRow(): void {
    const s = this.settings.value;
    if (!s || this.rows.length >= DELIVERY_METHODS_MAX) return;
    const id = this.nextId++;
    this.rows = [...this.rows, { id, name: '', processingDays: s.processingDays, transitDays: s.transitDays }];
    this.focusAfter = `#method-${id}`;
  }

  private removeRow(id: number): void {
    this.rows = this.rows.filter((r) => r.id !== id);
    this.focusAfter = '#add-method';
    // The form changed: a notice about the old one no longer holds.
    this.renderRoot.querySelector('form')?.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** A day-count field. */
  private days(id: string, name: string, label: string, value: number, max: number) {
    return html`<div class="field"><label for=${id}>${label}</label>
      <input id=${id} name=${name} type="number" inputmode="numeric" min="0" max=${max} step="1" required .value=${String(value)} /></div>`;
  }

  protected fields(s: DeliverySettingsView) {
    const ruled = new Set(this.rows.map((r) => shippingMethodKey(r.name)));
    const known = s.knownMethods;
    return html`<fieldset><legend>${settingsText('rules.default')}</legend><div class="days">
        ${this.days('default-processing', 'processingDays', settingsText('rules.processing'), s.processingDays, MAX_PROCESSING_DAYS)}
        ${this.days('default-transit', 'transitDays', settingsText('rules.transit'), s.transitDays, MAX_TRANSIT_DAYS)}
      </div></fieldset>
      <fieldset><legend>${settingsText('rules.methods')}</legend>
        <p class="hint" id="methods-hint">${settingsText('rules.methodsHint')}</p>
        ${known.length ? html`<p class="hint">${settingsText('rules.known', { methods: known.join(' · ') })}</p>` : nothing}
        <datalist id="known-methods">${known.filter((m) => !ruled.has(shippingMethodKey(m))).map((m) => html`<option value=${m}></option>`)}</datalist>
        ${this.rows.length
          ? html`<ul class="rows">${repeat(this.rows, (r) => r.id, (r) => this.row(r))}</ul>`
          : html`<p class="muted">${settingsText('rules.none')}</p>`}
        ${this.rows.length < DELIVERY_METHODS_MAX
          ? html`<p><button class="button" id="add-method" type="button" @click=${this.addRow}>${settingsText('rules.add')}</button></p>`
          : html`<p class="hint" id="add-method" tabindex="-1">${settingsText('rules.full', { n: DELIVERY_METHODS_MAX })}</p>`}
      </fieldset>`;
  }

  private row(r: Row) {
    const label = r.name.trim() || settingsText('rules.unnamed');
    return html`<li class="row">
      <div class="field name"><label for="method-${r.id}">${settingsText('rules.name')}</label>
        <input id="method-${r.id}" name="method" type="text" list="known-methods" maxlength=${SHIPPING_METHOD_MAX} autocomplete="off"
          .value=${r.name} aria-describedby="methods-hint" @change=${(e: Event) => { r.name = (e.target as HTMLInputElement).value; this.requestUpdate(); }} /></div>
      ${this.days(`processing-${r.id}`, 'methodProcessingDays', settingsText('rules.processing'), r.processingDays, MAX_PROCESSING_DAYS)}
      ${this.days(`transit-${r.id}`, 'methodTransitDays', settingsText('rules.transit'), r.transitDays, MAX_TRANSIT_DAYS)}
      <button class="button" type="button" aria-label=${settingsText('rules.remove', { method: label })}
        @click=${() => this.removeRow(r.id)}>${settingsText('rules.removeShort')}</button>
    </li>`;
  }

  protected read(data: FormData): DeliverySettingsView | { refused: string } {
    const count = (v: FormDataEntryValue | null) => Math.round(Number(v));
    const names = data.getAll('method').map((n) => String(n).trim());
    const processing = data.getAll('methodProcessingDays');
    const transit = data.getAll('methodTransitDays');
    const methods: DeliverySettings['methods'] = [];
    const seen = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      if (!name) continue; // a row added and left empty names no method
      const key = shippingMethodKey(name);
      if (seen.has(key)) return { refused: settingsText('rules.twice', { method: name }) };
      seen.set(key, name);
      methods.push({ name, processingDays: count(processing[i] ?? null), transitDays: count(transit[i] ?? null) });
    }
    return {
      processingDays: count(data.get('processingDays')), transitDays: count(data.get('transitDays')), methods,
      knownMethods: this.settings.value?.knownMethods ?? [],
    };
  }
}

defineElement('rapport-admin-delivery-rules', RapportAdminDeliveryRules);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-delivery-rules': RapportAdminDeliveryRules;
  }
}
