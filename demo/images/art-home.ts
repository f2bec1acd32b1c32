/**
 * @module Illustrations for plants and home goods, in a 400 × 400 box standing on the
 * line y = 335.
 */
import { tone, type Palette } from './palette.ts';

type Draw = (p: Palette) => string;
const CLAY = '#c8553d';

/** A flower pot whose rim is `w` wide at height `top`, standing on y = 335. */
const pot = (cx: number, top: number, w: number, colour = CLAY) => `
  <path d="M${cx - w * 0.45} ${top + 16}h${w * 0.9}l${-w * 0.08} ${335 - top - 16}h${-w * 0.74}z" fill="${colour}"/>
  <rect x="${cx - w / 2}" y="${top}" width="${w}" height="22" rx="4" fill="${tone(colour, -0.2)}"/>`;

const leafAt = (x: number, y: number, angle: number, len: number, colour: string) =>
  `<path d="M0 0c${len * 0.25}-${len * 0.3} ${len * 0.75}-${len * 0.3} ${len} 0c-${len * 0.25} ${len * 0.3}-${len * 0.75} ${len * 0.3}-${len} 0z" fill="${colour}" transform="translate(${x} ${y}) rotate(${angle})"/>`;

export const HOME_ART: Record<string, Draw> = {
  monstera: (p) => `
    ${[[-120, 118, p.dark], [-70, 130, p.c], [-20, 112, p.c], [-150, 96, p.light], [20, 96, p.dark]].map(([a, l, col]) =>
      `<path d="M200 250L${200 + Math.cos((Number(a) * Math.PI) / 180) * Number(l)} ${250 + Math.sin((Number(a) * Math.PI) / 180) * Number(l)}" stroke="${p.dark}" stroke-width="4"/>` +
      `<g transform="translate(${200 + Math.cos((Number(a) * Math.PI) / 180) * Number(l)} ${250 + Math.sin((Number(a) * Math.PI) / 180) * Number(l)}) rotate(${Number(a) + 90})">
        <path d="M0 30c-60-10-64-80 0-96c64 16 60 86 0 96z" fill="${col}"/>
        <path d="M0 28v-90M0-20l-34-14M0 0l-38-6M0-40l-28-16M0-20l34-14M0 0l38-6M0-40l28-16" stroke="${p.bg}" stroke-width="5"/></g>`).join('')}
    ${pot(200, 250, 120, p.paper)}`,
  pilea: (p) => `
    ${[[-100, 110], [-75, 130], [-55, 100], [-125, 95], [-90, 70], [-30, 80], [-150, 70]].map(([a, l], i) => {
      const x = 200 + Math.cos((a * Math.PI) / 180) * l, y = 250 + Math.sin((a * Math.PI) / 180) * l;
      return `<path d="M200 250Q${(200 + x) / 2} ${y + 30} ${x} ${y}" stroke="${p.dark}" stroke-width="3" fill="none"/><circle cx="${x}" cy="${y}" r="${22 + (i % 3) * 5}" fill="${i % 2 ? p.c : p.light}"/>`;
    }).join('')}
    ${pot(200, 250, 110, p.paper)}`,
  pothos: (p) => `
    ${pot(200, 130, 130, '#e9e1d3')}
    ${[[120, 150, 1], [282, 150, -1]].map(([x0, y0, dir]) => [0, 1, 2, 3, 4].map((i) =>
      leafAt(x0 + dir * (i % 2 ? 14 : -4), y0 + i * 40, dir > 0 ? 100 + i * 8 : 80 - i * 8, 44, i % 2 ? p.c : p.light)).join('')).join('')}
    ${[150, 180, 215, 245].map((x, i) => leafAt(x, 140, -70 - i * 14, 52, i % 2 ? p.dark : p.c)).join('')}`,
  snake: (p) => `
    ${[[170, 70, -8], [200, 50, 0], [232, 86, 10], [150, 130, -18], [252, 130, 18]].map(([x, top, tilt]) =>
      `<path d="M${x - 16} 270Q${x - 14} ${top + 40} ${x + tilt} ${top}Q${x + 14} ${top + 40} ${x + 16} 270z" fill="${p.c}" stroke="#d6c15a" stroke-width="3"/>` +
      `<path d="M${x - 6} 250q4-30 0-60q-4-30 0-60" stroke="${p.light}" stroke-width="3" fill="none" opacity=".6"/>`).join('')}
    ${pot(200, 262, 140, '#d9d4ca')}`,
  bonsai: (p) => `
    <path d="M196 300q-30-40 10-80q30-30-20-70" stroke="#6b4a36" stroke-width="16" fill="none" stroke-linecap="round"/>
    <path d="M206 220q40-10 70-40" stroke="#6b4a36" stroke-width="9" fill="none" stroke-linecap="round"/>
    ${[[186, 144, 60, 28], [282, 172, 50, 24], [132, 204, 46, 22], [236, 128, 40, 20]].map(([x, y, rx, ry]) =>
      `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="${p.c}"/><ellipse cx="${x - 8}" cy="${y - 6}" rx="${rx * 0.6}" ry="${ry * 0.5}" fill="${p.light}" opacity=".6"/>`).join('')}
    <path d="M92 296h216l-14 38H106z" fill="#2f4858"/><rect x="86" y="288" width="228" height="14" rx="3" fill="#3d5a6c"/>`,
  pots: () => `${pot(120, 230, 104)}${pot(292, 250, 84, '#b9583f')}${pot(208, 176, 130, '#d26a4f')}`,
  mister: (p) => `
    <g fill="${p.light}" opacity=".7">${[0, 1, 2, 3, 4, 5].map((i) => `<circle cx="${282 + i * 12}" cy="${112 + (i % 3) * 10 - i * 2}" r="${3 - i * 0.3}"/>`).join('')}</g>
    <path d="M230 104h40l6 12h-46z" fill="${p.dark}"/>
    <rect x="186" y="98" width="48" height="26" rx="6" fill="${p.dark}"/>
    <rect x="196" y="124" width="28" height="40" fill="${p.c}"/>
    <path d="M152 200q0-40 58-40t58 40v112q0 24-58 24t-58-24z" fill="${p.c}"/>
    <path d="M170 214q4-26 30-36" stroke="#fff" stroke-width="8" opacity=".25" fill="none" stroke-linecap="round"/>`,
  throw: (p) => `
    ${[0, 1, 2].map((i) => `<rect x="${92 - i * 4}" y="${270 - i * 52}" width="${216 + i * 8}" height="64" rx="26" fill="${[p.dark, p.c, p.light][i]}"/>`).join('')}
    <g stroke="${p.dark}" stroke-width="3" stroke-linecap="round">${Array.from({ length: 12 }, (_, i) => `<path d="M${106 + i * 17} 334v14"/>`).join('')}</g>
    <path d="M120 190q80 12 160 0" stroke="${p.paper}" stroke-width="2" opacity=".5" fill="none"/>`,
  vase: (p) => `
    <path d="M226 150q-10-60 20-100M246 50q24-4 30 14q-22 8-30-14z" stroke="#5a7d4a" stroke-width="3" fill="#5a7d4a"/>
    <path d="M108 334q-34-56 0-110v-26h32v26q34 54 0 110z" fill="${p.light}"/>
    <path d="M194 334q-46-80 12-150v-34h28v34q58 70 12 150z" fill="${p.c}"/>
    <path d="M276 334q-24-40 0-80v-20h26v20q24 40 0 80z" fill="${p.dark}"/>`,
  basket: (p) => `
    <path d="M118 170q-18-50 22-50M282 170q18-50-22-50" stroke="${p.dark}" stroke-width="10" fill="none" stroke-linecap="round"/>
    <path d="M96 170h208l-22 164H118z" fill="${p.c}"/>
    <g stroke="${p.dark}" stroke-width="3" opacity=".5">${Array.from({ length: 8 }, (_, i) => `<path d="M${100 + i * 1.4} ${190 + i * 18}h${200 - i * 2.8}"/>`).join('')}</g>
    <rect x="88" y="160" width="224" height="18" rx="9" fill="${p.dark}"/>`,
  towels: (p) => `
    ${[0, 1, 2].map((i) => `<rect x="${104 + i * 6}" y="${276 - i * 50}" width="${192 - i * 12}" height="52" rx="10" fill="${i % 2 ? p.c : p.light}"/>` +
      `<path d="M${116 + i * 6} ${288 - i * 50}h${168 - i * 12}M${116 + i * 6} ${302 - i * 50}h${168 - i * 12}M${116 + i * 6} ${316 - i * 50}h${168 - i * 12}" stroke="${p.dark}" stroke-width="2" opacity=".25"/>`).join('')}
    <path d="M150 176q50-20 100 0" stroke="${p.dark}" stroke-width="2" fill="none" opacity=".3"/>`,
  incense: (p) => `
    <path d="M238 150q-20-30 6-60t-4-62" stroke="#9aa0a6" stroke-width="3" fill="none" opacity=".55"/>
    <path d="M200 300L240 152" stroke="#6b4a36" stroke-width="5" stroke-linecap="round"/>
    <circle cx="240" cy="150" r="4" fill="#e76f51"/>
    <ellipse cx="200" cy="312" rx="52" ry="16" fill="#b08d57"/><ellipse cx="200" cy="306" rx="40" ry="10" fill="#c9a86a"/>
    <rect x="84" y="232" width="90" height="100" rx="6" fill="${p.c}"/><rect x="96" y="256" width="66" height="34" rx="3" fill="${p.paper}"/>`,
};
