/**
 * @module Styles of <rapport-admin-feedback>: the thread and answer box in a wide
 * column, the item's settings and context in a narrow one beside it (stacked below
 * 1000px).
 */
import { css } from 'lit';
import { adminBadges, adminBase, adminControls } from '../app/admin-styles.ts';

export const feedbackStyles = [
  adminBase,
  adminControls,
  adminBadges,
  css`
    :host { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
    .back { justify-self: start; display: inline-flex; align-items: center; gap: 6px; font-weight: 550; text-decoration: none; }
    .back:hover { text-decoration: underline; }
    .notice { color: var(--_ok); font-weight: 550; }
    /* Out of the flow while empty, but still in the page so screen readers hear what fills it. */
    .notice:empty { position: absolute; }
    .layout { display: grid; gap: 16px; align-items: start; grid-template-columns: minmax(0, 1fr); }
    @media (min-width: 1000px) { .layout { grid-template-columns: minmax(0, 1fr) 320px; } }
    .column { display: grid; gap: 16px; min-width: 0; }
    .summary .meta { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 8px; }
    .summary h2 { font-size: 18px; line-height: 26px; }
    dl.facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 14px 0 0; }
    .facts div { display: grid; gap: 2px; }
    .facts dt { font-size: 12px; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; font-weight: 600; }
    .facts dd { margin: 0; font-weight: 550; }
    .card h2.section { font-size: 14px; margin-bottom: 12px; }
    .manage { display: grid; gap: 16px; }
    .saving { font-size: 13px; color: var(--_muted); }
    .nothing { display: grid; gap: 12px; justify-items: start; }
  `,
];
