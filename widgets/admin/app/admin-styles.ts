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
  /* Traditional Chinese in Taiwan's and Hong Kong's fonts (a Simplified one draws some characters differently). */
  :host(:lang(zh-Hant)) {
    font-family: var(--rapport-admin-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang TC', 'Microsoft JhengHei', sans-serif);
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

/** Form controls: a label above its field, fields of one height, a line of hint text. */
export const adminControls = css`
  .field { display: grid; gap: 6px; align-content: start; min-width: 0; }
  .field > label, .field > .label, legend { font-weight: 550; font-size: 13px; }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    width: 100%; min-height: 36px; padding: 0 10px; font: inherit; color: var(--_text);
    background: var(--_surface); border: 1px solid #7b8597; border-radius: 6px;
  }
  textarea { padding: 8px 10px; min-height: 96px; resize: vertical; line-height: 20px; }
  input:focus-visible, select:focus-visible, textarea:focus-visible { border-color: var(--_accent); }
  input[type='checkbox'], input[type='radio'] { width: 16px; height: 16px; margin: 0; accent-color: var(--_accent); }
  .hint { font-size: 13px; color: var(--_muted); }
  .status-line { color: var(--_ok); font-weight: 550; }
  /* An empty live region stays in the page (so what fills it is heard) but takes no room. */
  .status-line:empty { position: absolute; }
`;

/** Data tables: column heads in small capitals, rows split by hairlines. */
export const adminTable = css`
  .table-wrap { overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: 10px 12px; text-align: left; vertical-align: top; border-top: 1px solid var(--_border); }
  thead th {
    font-size: 12px; font-weight: 600; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em;
    border-top: 0; white-space: nowrap;
  }
  th:first-child, td:first-child { padding-left: 0; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  td.time { color: var(--_muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
`;

/** Small labels: the kind of an item, its status, its tags, the response clock. */
export const adminBadges = css`
  .badge {
    display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px;
    font-size: 12px; line-height: 18px; font-weight: 600; white-space: nowrap;
    background: #f1f3f7; color: #404857;
  }
  .badge.complaint { background: #fef3f2; color: #a11d12; }
  .badge.suggestion { background: #eceffc; color: #283aa8; }
  .badge.praise { background: #ecfdf3; color: #05603a; }
  .badge.question { background: #f6effc; color: #6b2fa3; }
  .badge.new { background: #eceffc; color: #283aa8; }
  .badge.open { background: #fffaeb; color: #7a2e0e; }
  .badge.waiting { background: #f0f9ff; color: #065986; }
  .badge.resolved { background: #ecfdf3; color: #05603a; }
  .badge.internal { background: #fffaeb; color: #7a2e0e; text-transform: uppercase; letter-spacing: 0.04em; }
  .tag { display: inline-block; padding: 0 6px; border-radius: 4px; border: 1px solid var(--_border); font-size: 12px; line-height: 18px; color: var(--_muted); }
  .clock { font-variant-numeric: tabular-nums; }
  .clock.overdue { color: var(--_danger); font-weight: 600; }
  .clock.answered { color: var(--_ok); }
  .clock.due, .clock.closed { color: var(--_muted); }
  .score.low { color: var(--_danger); font-weight: 600; }
`;
