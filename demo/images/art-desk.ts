/**
 * @module Illustrations for stationery and lighting: notebooks, pens, cards, tape, ink,
 * lamps, candles and lights, in a 400 × 400 box standing on the line y = 335.
 */
import type { Palette } from './palette.ts';

type Draw = (p: Palette) => string;
const GLOW = '#ffe7a8';
const FLAME = '#f6b73c';
const flame = (x: number, y: number) =>
  `<circle cx="${x}" cy="${y}" r="26" fill="${GLOW}" opacity=".55"/><path d="M${x} ${y - 20}q12 16 6 26q-6 6-12 0q-6-10 6-26z" fill="${FLAME}"/>`;

export const DESK_ART: Record<string, Draw> = {
  notebook: (p) => `
    <g transform="rotate(-7 200 222)">
      <rect x="124" y="104" width="170" height="226" rx="6" fill="${p.paper}" stroke="${p.dark}" stroke-opacity=".2"/>
      <rect x="116" y="98" width="170" height="226" rx="6" fill="${p.c}"/>
      <rect x="116" y="98" width="18" height="226" fill="${p.dark}"/>
      <rect x="262" y="98" width="8" height="226" fill="${p.dark}"/>
      <rect x="156" y="144" width="90" height="42" rx="3" fill="${p.paper}"/>
      <path d="M168 160h66M168 172h44" stroke="${p.dark}" stroke-width="3"/>
      <path d="M220 324v34l10-10 10 10v-34" fill="#b5523b"/>
    </g>`,
  pen: (p) => `
    <rect x="84" y="120" width="210" height="200" rx="4" fill="${p.paper}" transform="rotate(6 190 220)"/>
    <g stroke="${p.dark}" stroke-opacity=".18" stroke-width="2" transform="rotate(6 190 220)">
      ${[0, 1, 2, 3, 4, 5].map((i) => `<path d="M104 ${160 + i * 26}h170"/>`).join('')}</g>
    <g transform="rotate(38 214 214)">
      <rect x="200" y="70" width="30" height="200" rx="15" fill="${p.c}"/>
      <rect x="200" y="150" width="30" height="10" fill="${p.dark}"/>
      <rect x="220" y="82" width="6" height="80" rx="3" fill="${p.dark}"/>
      <path d="M202 266h26l-13 52z" fill="#c9ccd1"/><path d="M215 282v30" stroke="${p.ink}" stroke-width="1.5"/>
    </g>`,
  cards: (p) => `
    <rect x="96" y="206" width="210" height="128" rx="4" fill="#c9a77c"/>
    <path d="M96 206l105 66 105-66" fill="none" stroke="#a9865c" stroke-width="3"/>
    <g transform="rotate(-9 200 170)">
      <rect x="132" y="76" width="150" height="196" rx="3" fill="${p.paper}" stroke="${p.dark}" stroke-opacity=".15"/>
      ${[0, 72, 144, 216, 288].map((a) => `<ellipse cx="207" cy="148" rx="14" ry="30" fill="${p.c}" transform="rotate(${a} 207 174)"/>`).join('')}
      <circle cx="207" cy="174" r="11" fill="${p.dark}"/>
      <path d="M172 236h70" stroke="${p.dark}" stroke-width="3"/>
    </g>`,
  tape: (p) => `
    ${[[150, 268, 62, p.c], [262, 276, 52, p.light], [206, 176, 56, p.dark]].map(([x, y, r, col]) => `
      <circle cx="${x}" cy="${y}" r="${r}" fill="${col}"/>
      <circle cx="${x}" cy="${y}" r="${Number(r) * 0.5}" fill="${p.bg}"/>
      <circle cx="${x}" cy="${y}" r="${Number(r) * 0.8}" fill="none" stroke="${p.paper}" stroke-width="2" stroke-dasharray="4 8" opacity=".7"/>`).join('')}`,
  ink: (p) => `
    ${[[110, '#2f5d3a'], [170, p.c], [230, '#7a5236']].map(([x, col], i) => `
      <rect x="${x}" y="${200 - i * 8}" width="64" height="${135 + i * 8}" rx="10" fill="${col}"/>
      <rect x="${Number(x) + 16}" y="${170 - i * 8}" width="32" height="34" rx="4" fill="${p.ink}"/>
      <rect x="${Number(x) + 10}" y="${248 - i * 4}" width="44" height="42" rx="3" fill="${p.paper}"/>`).join('')}`,
  pendant: (p) => `
    <path d="M200 0v108" stroke="${p.ink}" stroke-width="3"/>
    <circle cx="200" cy="214" r="140" fill="${GLOW}" opacity=".35"/>
    <ellipse cx="200" cy="214" rx="108" ry="100" fill="${p.c}"/>
    <g fill="none" stroke="${p.dark}" stroke-width="2" opacity=".35">
      ${[-70, -40, -10, 20, 50, 80].map((dy) => `<path d="M${200 - Math.sqrt(1 - (dy / 100) ** 2) * 108} ${214 + dy}q${Math.sqrt(1 - (dy / 100) ** 2) * 108} 14 ${Math.sqrt(1 - (dy / 100) ** 2) * 216} 0"/>`).join('')}</g>
    <rect x="184" y="108" width="32" height="12" rx="3" fill="${p.ink}"/>`,
  lamp: (p) => `
    <path d="M320 210l-80 124h-60z" fill="${GLOW}" opacity=".5" transform="translate(-40 0)"/>
    <ellipse cx="160" cy="326" rx="70" ry="14" fill="${p.dark}"/>
    <path d="M160 324l-26-112 110-72" fill="none" stroke="${p.dark}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
    <circle cx="134" cy="212" r="9" fill="${p.c}"/>
    <path d="M228 112l76 40-26 40-72-44z" fill="${p.c}"/>
    <path d="M252 172l26 20" stroke="${p.dark}" stroke-width="4"/>`,
  mushroom: (p) => `
    <circle cx="200" cy="190" r="140" fill="${GLOW}" opacity=".4"/>
    <path d="M96 206q0-104 104-104t104 104z" fill="${p.c}"/>
    <path d="M120 196q6-60 60-76" stroke="#fff" stroke-width="8" opacity=".5" fill="none" stroke-linecap="round"/>
    <rect x="180" y="206" width="40" height="100" fill="${p.light}"/>
    <ellipse cx="200" cy="318" rx="64" ry="16" fill="${p.dark}"/>`,
  tapers: (p) => `
    <rect x="150" y="128" width="24" height="176" rx="4" fill="${p.c}"/>
    <rect x="226" y="108" width="24" height="196" rx="4" fill="${p.c}"/>
    ${flame(162, 112)}${flame(238, 92)}
    <path d="M130 304h64l-10 30h-44zM206 304h64l-10 30h-44z" fill="#b08d57"/>`,
  jar: (p) => `
    ${flame(200, 140)}
    <rect x="132" y="168" width="136" height="166" rx="18" fill="${p.c}"/>
    <ellipse cx="200" cy="176" rx="62" ry="10" fill="#f5ecd9"/>
    <path d="M200 176v-18" stroke="${p.ink}" stroke-width="3"/>
    <rect x="152" y="226" width="96" height="62" rx="4" fill="${p.paper}"/>
    <path d="M170 248h60M178 264h44" stroke="${p.dark}" stroke-width="3"/>`,
  lights: (p) => [[70, 70, p.c], [150, 90, p.light]].map(([y0, dip, bulb]) => {
    const y = Number(y0), d = Number(dip);
    // Bulbs sit on the wire: points of the same quadratic curve the path draws.
    const bulbs = [0.08, 0.22, 0.36, 0.5, 0.64, 0.78, 0.92].map((t) => {
      const bx = (1 - t) ** 2 * 30 + 2 * t * (1 - t) * 200 + t * t * 370;
      const by = y + 4 * t * (1 - t) * d + 12;
      return `<circle cx="${bx}" cy="${by}" r="20" fill="${GLOW}" opacity=".6"/><circle cx="${bx}" cy="${by}" r="8" fill="${bulb}"/>`;
    });
    return `<path d="M30 ${y}Q200 ${y + 2 * d} 370 ${y}" fill="none" stroke="${p.ink}" stroke-width="2" opacity=".6"/>${bulbs.join('')}`;
  }).join('') + `<rect x="150" y="296" width="100" height="38" rx="6" fill="${p.dark}"/>`,
  lantern: (p) => `
    <path d="M150 150h100l-20-34h-60z" fill="${p.dark}"/>
    <path d="M200 116v-26" stroke="${p.ink}" stroke-width="4"/><circle cx="200" cy="84" r="10" fill="none" stroke="${p.ink}" stroke-width="4"/>
    <rect x="146" y="150" width="108" height="168" rx="18" fill="${p.c}"/>
    <g fill="${GLOW}">${[0, 1, 2, 3].map((r) => [0, 1, 2].map((c) => `<circle cx="${172 + c * 28 + (r % 2) * 14 - 7}" cy="${184 + r * 34}" r="7"/>`).join('')).join('')}</g>
    <rect x="138" y="316" width="124" height="18" rx="6" fill="${p.dark}"/>`,
};
