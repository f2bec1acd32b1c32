/**
 * @module Styles of <rapport-feedback>: its component tokens (`--rapport-feedback-*`, falling
 * back to the global `--rapport-*` ones), the height it reserves, and what is its own
 * beside the shared form styles (core/form-parts.ts): the order box, the drawn faces, the
 * NPS scale, the length counter, the FAQ answers of the thank-you. What changes after the
 * first render keeps its height, so nothing in the form moves: the order box always has
 * room for its title and three lines of hints (1.5 + 3 × 0.875 × 1.5 = 5.4375 lines of the
 * base size; its items take at most two), whether it says "Loading…", shows the order or
 * what happens with it; the email hint two lines, as a guest's or a verified customer's.
 */
import { css } from 'lit';
import { reserve, tokens } from '../core/styles.ts';

export const feedbackStyles = [
  tokens('feedback'),
  reserve('feedback', 852, { '[mode="nps"]': 170, '[mode="none"]': -84, '[order]:not([order=""])': 108 }),
  css`
    .order { border-left: 4px solid var(--_color-primary); padding: 4px 0 4px 12px; min-height: calc(var(--_font-size) * 5.4375 + 8px); }
    #email-hint { min-height: calc(var(--_font-size) * 2.625); }
    .order p { margin: 0; }
    .items { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
    .nps .choice span, .choice span.face { padding: 0; }
    .face svg { display: block; fill: none; stroke: currentColor; stroke-width: 1.5; stroke-linecap: round; }
    .near, .over { color: var(--_color-text); font-weight: 600; }
    .over { color: var(--_color-danger); }
    .faq { padding-left: 20px; }
    .faq p { margin: 4px 0 8px; color: var(--_color-muted); }
  `,
];
