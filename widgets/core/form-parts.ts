/**
 * @module Parts every storefront form shares: a message kept as a text key (so a
 * language change re-words it), `aria-describedby` lists, and a field's error announced
 * next to it. Pure templates: the element passes its `t()`.
 */
import { html, nothing } from 'lit';
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
