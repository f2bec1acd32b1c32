/**
 * @module Parts every storefront form shares: a message kept as a text key (so a
 * language change re-words it), `aria-describedby` lists, a field's error announced
 * next to it, and the form's styles (fields, choice chips, hints, errors, photo previews)
 * that fit any card from 320 px up. Pure templates: the element passes its `t()`. Only
 * the widgets with a form import this, so none of it weighs on the others.
 */
import { css, html, nothing } from 'lit';
import type { Translate } from './i18n.ts';

/** A message to show, kept as a key so a language change re-words it. */
export interface Msg<K extends string = string> {
  key: K;
  params?: Record<string, string | number>;
}

/** `ids` joined for aria-describedby, skipping the absent ones. */
export const ids = (...list: Array<string | false | undefined>) => list.filter(Boolean).join(' ') || nothing;

/** A field's error, announced (role=alert) and referenced by the field's aria-describedby (`<field>-error`). */
export function fieldError<K extends string>(t: Translate<K>, field: string, msgs?: Msg<K>[]) {
  if (!msgs?.length) return nothing;
  return html`<p id="${field}-error" class="field-error" role="alert">${msgs.map((m) => t(m.key, m.params)).join(' ')}</p>`;
}

/**
 * A form's styles: one column of `.field`s (label, control, `.hint`, `.field-error`) whose
 * controls take the card's width and never more (`minmax(0, 1fr)`: a file input's own
 * width or a long word never widens the card); the height the widget reserved beyond the
 * form's own goes to the control of its `.field.grow` (a bigger text area, not a blank band); radio groups as chips (`.choices` of
 * `label.choice` around the radio, which stays in the page for keyboards and screen
 * readers: transparent, it covers its chip, so a click anywhere on it is a click on the
 * radio); `.sr` text for screen readers only; the honeypot `.hp` out of sight; photo previews.
 */
export const formStyles = css`
  [part~='base'], form { display: flex; flex-direction: column; }
  form { flex: 1 0 auto; gap: calc(var(--_spacing) * 0.75); }
  .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px; }
  .grow { flex: 1 0 auto; grid-template-rows: auto minmax(0, 1fr); }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend, label[for] { font-weight: 600; padding: 0; margin-bottom: 4px; }
  .choices { display: flex; flex-wrap: wrap; gap: 8px; }
  .choice { position: relative; display: inline-flex; }
  .choice input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
  .sr { position: absolute; opacity: 0; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .choice span:not(.sr) { display: inline-flex; align-items: center; justify-content: center; min-width: 44px; min-height: 44px; padding: 0 12px; border: 1px solid var(--_color-border); border-radius: var(--_radius); cursor: pointer; }
  .choice input:checked + span { border-color: var(--_color-primary); background: var(--_color-primary); color: var(--_color-on-primary); }
  .choice input:focus-visible + span { outline: 2px solid var(--_color-primary); outline-offset: 2px; }
  textarea, input:not([type='radio']) { width: 100%; font: inherit; color: inherit; background: var(--_color-bg); border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: 8px; min-height: 44px; }
  textarea { resize: vertical; }
  input[readonly] { background: transparent; border-style: dashed; }
  [aria-invalid='true'] { border-color: var(--_color-danger); }
  .hint { margin: 0; font-size: calc(var(--_font-size) * 0.875); color: var(--_color-muted); }
  .field-error { margin: 0; color: var(--_color-danger); }
  .photos { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; margin: 0; padding: 0; }
  .photos li { position: relative; }
  .photos img { display: block; width: 88px; height: 88px; object-fit: cover; border-radius: var(--_radius); }
  .remove { position: absolute; top: -8px; right: -8px; min-height: 32px; width: 32px; padding: 0; border-radius: 50%; }
  .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  [part~='submit'] { align-self: flex-start; }
  .done h3 { margin: 0 0 8px; font-size: calc(var(--_font-size) * 1.125); }
  .done h3:focus { outline: none; }
`;
