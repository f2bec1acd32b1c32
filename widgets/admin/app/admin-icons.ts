/**
 * @module Admin icons: the Rapport mark and the navigation icons as inline SVG (24×24
 * grid, drawn with `currentColor`), always decorative — the text beside them names them.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { AdminPage } from './admin-routes.ts';

const icon = (body: SVGTemplateResult) => svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20"
  fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"
  aria-hidden="true" focusable="false">${body}</svg>`;

/** The Rapport mark: two speech bubbles facing each other. */
export const rapportMark = svg`<svg class="mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true"
  focusable="false"><rect class="bg" width="32" height="32" rx="8"/>
  <path d="M8 10.5A2.5 2.5 0 0 1 10.5 8h7A2.5 2.5 0 0 1 20 10.5v4a2.5 2.5 0 0 1-2.5 2.5H13l-3.5 3v-3.2A2.5 2.5 0 0 1 8 14.5z"
  fill="#fff"/><path d="M22 13.5h.5A2.5 2.5 0 0 1 25 16v4a2.5 2.5 0 0 1-2 2.45V25l-3.2-2.5H16.5A2.5 2.5 0 0 1 14 20v-.5"
  fill="none" stroke="#fff" stroke-width="1.8" stroke-linejoin="round"/></svg>`;

/** For the language menu: a globe. */
export const globeIcon = icon(svg`<circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17"/>
  <path d="M12 3.5c2.3 2.4 3.4 5.2 3.4 8.5s-1.1 6.1-3.4 8.5c-2.3-2.4-3.4-5.2-3.4-8.5s1.1-6.1 3.4-8.5z"/>`);

/** For "page not found" and search fields: a magnifying glass. */
export const searchIcon = icon(svg`<circle cx="11" cy="11" r="6.5"/><path d="M20 20l-4.2-4.2"/>`);

/** For a button that unfolds filters: a funnel. */
export const funnelIcon = icon(svg`<path d="M4 5h16l-6 7.5V18l-4 2v-7.5z"/>`);

export const pageIcons: Record<AdminPage, SVGTemplateResult> = {
  inbox: icon(svg`<path d="M4 13l2.5-7.5A2 2 0 0 1 8.4 4h7.2a2 2 0 0 1 1.9 1.5L20 13v5a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z"/>
    <path d="M4 13h4.5l1.5 2.5h4l1.5-2.5H20"/>`),
  orders: icon(svg`<path d="M3.5 7.5L12 3.5l8.5 4v9L12 20.5l-8.5-4z"/><path d="M3.5 7.5L12 11.5l8.5-4"/><path d="M12 11.5v9"/>`),
  faq: icon(svg`<circle cx="12" cy="12" r="8.5"/><path d="M9.6 9.5a2.5 2.5 0 0 1 4.8 1c0 1.7-2.4 2-2.4 3.5"/>
    <path d="M12 17.2v.1"/>`),
  returns: icon(svg`<path d="M9 14L4 9l5-5"/><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11"/>`),
  customers: icon(svg`<circle cx="9" cy="8.5" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/>
    <path d="M16 5.2a3.5 3.5 0 0 1 0 6.6"/><path d="M18.5 14.5a6.5 6.5 0 0 1 3 5.5"/>`),
  analytics: icon(svg`<path d="M4 20V4"/><path d="M4 20h16"/><path d="M8 16v-4"/><path d="M12 16V8"/>
    <path d="M16 16v-6"/>`),
  recommendations: icon(svg`<path d="M12 3.5l2.4 5 5.4.6-4 3.7 1.1 5.4L12 15.5l-4.9 2.7 1.1-5.4-4-3.7 5.4-.6z"/>`),
  settings: icon(svg`<circle cx="12" cy="12" r="3"/><path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7
    1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1
    1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0
    0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1
    1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0
    4h-.1a1.7 1.7 0 0 0-1.5 1z"/>`),
};
