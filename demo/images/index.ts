/**
 * @module Product images, drawn locally as SVG (no external assets): the aisle's
 * background, a soft floor shadow and the product's illustration in its own colour.
 * Served at /demo/images/<handle>.svg.
 */
import type { DemoProduct } from '../data/catalog.ts';
import { escapeHtml } from '../../server/kernel/http/html.ts';
import { DESK_ART } from './art-desk.ts';
import { HOME_ART } from './art-home.ts';
import { TEA_ART } from './art-tea.ts';
import { palette } from './palette.ts';

const ART = { ...TEA_ART, ...DESK_ART, ...HOME_ART };

/** The illustration of `product` as a standalone SVG document. */
export function productSvg(product: DemoProduct): string {
  const p = palette(product.colour, product.category);
  const draw = ART[product.art];
  if (!draw) throw new Error(`no illustration for ${product.art}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img" aria-label="${escapeHtml(product.title[0])}">
<rect width="400" height="400" fill="${p.bg}"/>
<circle cx="320" cy="70" r="120" fill="#fff" opacity=".28"/>
<ellipse cx="200" cy="338" rx="150" ry="14" fill="#000" opacity=".07"/>
${draw(p)}
</svg>`;
}

/** The store's mark: a leaf in a circle (also the favicon). */
export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<circle cx="32" cy="32" r="30" fill="#2f5d50"/>
<path d="M20 44c0-16 10-26 26-26c0 16-10 26-26 26z" fill="#f4eddf"/>
<path d="M20 44l16-16" stroke="#2f5d50" stroke-width="2.5" stroke-linecap="round"/>
</svg>`;
