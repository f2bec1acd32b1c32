/**
 * @module Styles of <rapport-order-tracker>: its component tokens (`--rapport-order-tracker-*`, falling back to
 * the global `--rapport-*` ones), the height it reserves (the lookup form's), parcels, and the
 * timeline as a vertical list of dots: done in the accent colour, the current one ringed.
 */
import { css } from 'lit';
import { reserve, tokens } from '../core/styles.ts';

export const orderTrackerStyles = [
  tokens('order-tracker'),
  reserve('order-tracker', 360),
  css`
    h3 { margin: 0 0 8px; font-size: calc(var(--_font-size) * 1.125); }
    h3:focus { outline: none; }
    h4 { margin: 0 0 4px; font-size: var(--_font-size); }
    p { margin: 0 0 8px; }
    ul { margin: 0 0 12px; padding-left: 20px; }
    /* A long history scrolls inside the reserved height (the page below never moves once the list arrives). */
    .orders { list-style: none; padding: 2px 4px 2px 0; display: grid; gap: 8px; max-height: 236px; overflow-y: auto; overscroll-behavior: contain; }
    /* The number on its line, date and status under it: a long status never runs into the button's edge. */
    .orders button { box-sizing: border-box; display: grid; gap: 2px; padding: 8px var(--_spacing); line-height: 1.35; }
    .orders .order-number { font-weight: 600; }
    .orders .sep { display: none; }
    .orders .order-meta { color: var(--_color-text); font-size: calc(var(--_font-size) * 0.875); }
    .link { background: transparent; color: var(--_color-primary); border-color: var(--_color-border); text-align: start; }
    .parcel { border-top: 1px solid var(--_color-border); padding-top: 12px; margin-top: 12px; }
    .warn { color: var(--_color-danger); font-weight: 600; }
    a { color: var(--_color-primary); }
    a:focus-visible, summary:focus-visible { outline: 2px solid var(--_color-primary); outline-offset: 2px; }
    .steps { list-style: none; padding: 0; margin: 8px 0; }
    .steps li { position: relative; padding: 0 0 10px 24px; display: flex; flex-wrap: wrap; gap: 0 8px; }
    .steps li::before { content: ''; position: absolute; left: 4px; top: 6px; width: 10px; height: 10px; border-radius: 50%; border: 2px solid var(--_color-border); background: var(--_color-bg); }
    .steps li.done::before { background: var(--_color-primary); border-color: var(--_color-primary); }
    .steps li.current::before { border-color: var(--_color-primary); box-shadow: 0 0 0 3px var(--_color-bg), 0 0 0 5px var(--_color-primary); }
    .steps li.todo { color: var(--_color-muted); }
    .steps li.current span:first-child { font-weight: 600; }
    time { color: var(--_color-muted); font-size: calc(var(--_font-size) * 0.875); }
    summary { cursor: pointer; min-height: 24px; }
    details { margin: 0 0 12px; }
  `,
];
