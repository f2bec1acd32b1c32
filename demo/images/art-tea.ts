/**
 * @module Illustrations for the tea aisle: tins, pouches, a pu-erh cake, a gift box and
 * teaware. Each draws in a 400 × 400 box standing on the line y = 335.
 */
import type { Palette } from './palette.ts';

type Draw = (p: Palette) => string;

const leaf = (x: number, y: number, colour: string, s = 1) =>
  `<path d="M${x} ${y + 22 * s}c-14-10-12-30 0-44c12 14 14 34 0 44z" fill="${colour}"/>` +
  `<path d="M${x} ${y + 20 * s}v-36" stroke="#fbf8f1" stroke-width="1.5" opacity=".6"/>`;

export const TEA_ART: Record<string, Draw> = {
  tin: (p) => `
    <rect x="138" y="128" width="124" height="207" rx="12" fill="${p.c}"/>
    <rect x="132" y="108" width="136" height="38" rx="9" fill="${p.dark}"/>
    <rect x="138" y="190" width="124" height="86" fill="${p.paper}"/>
    ${leaf(200, 206, p.c)}
    <rect x="166" y="258" width="68" height="5" rx="2.5" fill="${p.dark}" opacity=".5"/>
    <rect x="152" y="152" width="10" height="170" rx="5" fill="#fff" opacity=".18"/>`,
  pouch: (p) => `
    <path d="M142 118h116l16 205q-74 22-148 0z" fill="${p.c}"/>
    <rect x="140" y="106" width="120" height="22" rx="4" fill="${p.dark}"/>
    <path d="M150 128h100" stroke="${p.dark}" stroke-width="3" stroke-dasharray="6 5"/>
    <rect x="162" y="184" width="76" height="92" rx="8" fill="${p.paper}"/>
    ${leaf(200, 204, p.c, 1)}
    <rect x="176" y="258" width="48" height="5" rx="2.5" fill="${p.dark}" opacity=".5"/>`,
  cake: (p) => `
    <ellipse cx="200" cy="300" rx="128" ry="34" fill="${p.dark}"/>
    <ellipse cx="200" cy="262" rx="128" ry="62" fill="${p.paper}"/>
    <ellipse cx="200" cy="262" rx="92" ry="42" fill="${p.c}" opacity=".85"/>
    <path d="M200 200v124M72 262h256M110 218l180 88M110 306l180-88" stroke="${p.light}" stroke-width="2" opacity=".6"/>
    <rect x="184" y="246" width="32" height="32" rx="3" fill="#b5523b"/>
    <path d="M192 256h16M192 262h16M192 268h10" stroke="${p.paper}" stroke-width="2.5"/>`,
  box: (p) => `
    <rect x="112" y="180" width="176" height="155" rx="6" fill="${p.c}"/>
    <rect x="102" y="150" width="196" height="44" rx="6" fill="${p.dark}"/>
    <rect x="188" y="150" width="24" height="185" fill="${p.paper}" opacity=".92"/>
    <path d="M200 150c-30-40-70-30-58-6c8 14 40 10 58 6zM200 150c30-40 70-30 58-6c-8 14-40 10-58 6z" fill="${p.paper}"/>
    <rect x="130" y="230" width="44" height="60" rx="4" fill="${p.paper}" opacity=".85"/>
    <path d="M140 246h24M140 256h24M140 266h16" stroke="${p.dark}" stroke-width="2.5"/>`,
  teapot: (p) => `
    <path d="M292 218q58 4 44 52q-8 28-48 24" fill="none" stroke="${p.c}" stroke-width="16" stroke-linecap="round"/>
    <path d="M120 246q-44-4-58-52l16-6q16 30 48 30z" fill="${p.c}"/>
    <ellipse cx="200" cy="262" rx="100" ry="72" fill="${p.c}"/>
    <ellipse cx="200" cy="196" rx="52" ry="14" fill="${p.dark}"/>
    <circle cx="200" cy="178" r="12" fill="${p.dark}"/>
    <path d="M138 248q8-36 44-48" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity=".18" fill="none"/>
    <ellipse cx="200" cy="330" rx="60" ry="6" fill="${p.dark}"/>`,
  gaiwan: (p) => `
    <ellipse cx="200" cy="318" rx="124" ry="22" fill="${p.dark}"/>
    <ellipse cx="200" cy="310" rx="112" ry="18" fill="${p.light}"/>
    <path d="M104 206q10 96 96 96t96-96z" fill="${p.c}"/>
    <ellipse cx="200" cy="206" rx="100" ry="22" fill="${p.light}"/>
    <path d="M118 202q82-40 164 0" fill="${p.c}"/>
    <ellipse cx="200" cy="178" rx="20" ry="9" fill="${p.dark}"/>
    <path d="M128 232q14 44 52 56" stroke="#fff" stroke-width="7" opacity=".22" fill="none" stroke-linecap="round"/>`,
  cups: (p) => `
    <path d="M84 196l20 130q46 16 92 0l20-130z" fill="${p.c}"/>
    <ellipse cx="150" cy="196" rx="66" ry="14" fill="${p.dark}"/>
    <path d="M206 226l16 102q38 12 76 0l16-102z" fill="${p.light}"/>
    <ellipse cx="260" cy="226" rx="54" ry="12" fill="${p.c}"/>
    <g fill="${p.dark}" opacity=".35"><circle cx="120" cy="250" r="3"/><circle cx="160" cy="280" r="2.5"/>
    <circle cx="176" cy="232" r="2"/><circle cx="240" cy="270" r="2.5"/><circle cx="280" cy="296" r="2"/></g>`,
  kettle: (p) => `
    <path d="M138 196q62-130 124 0" fill="none" stroke="${p.dark}" stroke-width="12" stroke-linecap="round"/>
    <path d="M116 262q-40-8-52-52l16-4q12 28 40 32z" fill="${p.c}"/>
    <path d="M110 250q0-64 90-64t90 64q0 78-90 82t-90-82z" fill="${p.c}"/>
    <ellipse cx="200" cy="190" rx="46" ry="12" fill="${p.dark}"/>
    <circle cx="200" cy="176" r="9" fill="${p.dark}"/>
    <g fill="${p.light}" opacity=".35">${[0, 1, 2, 3, 4].map((i) => `<circle cx="${140 + i * 30}" cy="232" r="5"/><circle cx="${155 + i * 30}" cy="258" r="5"/>`).join('')}</g>
    <path d="M132 250q8-36 44-48" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity=".18" fill="none"/>`,
  tray: (p) => `
    <path d="M92 214h216l34 74H58z" fill="${p.c}"/>
    <path d="M58 288h284v30H58z" fill="${p.dark}"/>
    <g stroke="${p.dark}" stroke-width="4" opacity=".6">${[0, 1, 2, 3, 4, 5, 6].map((i) => `<path d="M${112 + i * 28} 222l${-8 + i * 3} 58"/>`).join('')}</g>
    <ellipse cx="150" cy="238" rx="22" ry="8" fill="${p.paper}"/><ellipse cx="214" cy="246" rx="22" ry="8" fill="${p.paper}"/>`,
  mug: (p) => `
    <path d="M262 196q52 0 48 46q-4 40-48 40" fill="none" stroke="${p.c}" stroke-width="18"/>
    <rect x="132" y="164" width="136" height="170" rx="18" fill="${p.c}"/>
    <ellipse cx="200" cy="166" rx="68" ry="12" fill="${p.dark}"/>
    <rect x="150" y="140" width="100" height="14" rx="7" fill="#b9bec4"/>
    <path d="M236 154q14 30 4 52" stroke="${p.ink}" stroke-width="1.5" fill="none"/>
    <rect x="228" y="206" width="22" height="26" rx="2" fill="${p.paper}"/>
    <rect x="146" y="182" width="10" height="136" rx="5" fill="#fff" opacity=".18"/>`,
};
