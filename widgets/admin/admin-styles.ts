/**
 * @module Admin styles: the admin app's design tokens (`--rapport-admin-*`, each with a
 * default, so an operator can restyle it from `:root`) and the shared pieces every admin
 * element adopts — text, buttons, cards, focus ring. Sizes in px.
 */
import { css } from 'lit';

export const adminBase = css`
  :host {
    --_bg: var(--rapport-admin-bg, #f6f7f9);
    --_surface: var(--rapport-admin-surface, #ffffff);
    --_border: var(--rapport-admin-border, #dde2ea);
    --_text: var(--rapport-admin-text, #1d2433);
    --_muted: var(--rapport-admin-muted, #525c6c);
    --_accent: var(--rapport-admin-accent, #3347c4);
    --_accent-hover: var(--rapport-admin-accent-hover, #283aa8);
    --_accent-soft: var(--rapport-admin-accent-soft, #eceffc);
    --_danger: var(--rapport-admin-danger, #b42318);
    --_danger-soft: var(--rapport-admin-danger-soft, #fef3f2);
    --_ok: var(--rapport-admin-ok, #05603a);
    --_radius: var(--rapport-admin-radius, 8px);
    --_focus: 0 0 0 2px var(--_surface), 0 0 0 4px var(--_accent);
    font-family: var(--rapport-admin-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: 14px;
    line-height: 20px;
    color: var(--_text);
    box-sizing: border-box;
  }
  *, *::before, *::after { box-sizing: inherit; }
  [hidden] { display: none !important; }
  h1, h2, h3, p { margin: 0; }
  h1 { font-size: 22px; line-height: 28px; font-weight: 650; letter-spacing: -0.01em; }
  h2 { font-size: 16px; line-height: 24px; font-weight: 600; }
  .muted { color: var(--_muted); }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  }
  :focus-visible { outline: none; box-shadow: var(--_focus); }
  a { color: var(--_accent); }
  .mark { flex: none; display: block; }
  .mark .bg { fill: var(--_accent); }
  .icon { flex: none; display: block; }
  .card {
    background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 24px;
  }
  @media (max-width: 599px) { .card { padding: 20px 16px; } }
  .button {
    display: inline-flex; align-items: center; justify-content: center; gap: 8px;
    min-height: 36px; padding: 0 14px; border-radius: 6px; border: 1px solid var(--_border);
    background: var(--_surface); color: var(--_text); font: inherit; font-weight: 550;
    cursor: pointer; text-decoration: none; white-space: nowrap;
  }
  .button:hover { background: var(--_bg); }
  .button.primary { background: var(--_accent); border-color: var(--_accent); color: #fff; }
  .button.primary:hover { background: var(--_accent-hover); }
  .button:disabled { cursor: not-allowed; opacity: 0.65; }
  .error {
    color: var(--_danger); background: var(--_danger-soft); border: 1px solid #f7c1bb;
    border-radius: 6px; padding: 10px 12px;
  }
  .error:empty { display: none; }
`;
