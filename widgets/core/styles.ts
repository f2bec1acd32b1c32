/**
 * @module Shared styles and theme tokens. Global tokens `--rapport-*` theme every widget
 * from `:root`; `tokens('faq')` lets `--rapport-faq-*` override them for one widget
 * (material-web's pattern: component token → global token → default). Sizes in px:
 * some themes set `html { font-size: 62.5% }`, which would shrink rem-based widgets.
 * Every widget reserves its final height from the start (`reserve()`), and nothing in it
 * is wider than the card it sits in.
 */
import { css, unsafeCSS } from 'lit';

/** Global token → default. Private `--_name` custom properties carry the resolved value. */
const TOKENS: Record<string, string> = {
  'color-primary': '#1d4ed8',
  'color-on-primary': '#ffffff',
  'color-text': '#1d2433',
  'color-muted': '#4b5565',
  'color-bg': '#ffffff',
  'color-border': '#d5d9e0',
  'color-danger': '#b42318',
  'radius': '8px',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  'font-size': '16px',
  'spacing': '16px',
};

/**
 * `:host` declarations resolving each token for one widget: `--rapport-<widget>-<token>`,
 * else `--rapport-<token>`, else the default. Built from constants, never from input.
 */
export function tokens(widget?: string) {
  const decl = Object.entries(TOKENS).map(([name, fallback]) => {
    const global = `var(--rapport-${name}, ${fallback})`;
    return `--_${name}: ${widget ? `var(--rapport-${widget}-${name}, ${global})` : global};`;
  });
  return unsafeCSS(`:host{${decl.join('')}}`);
}

/**
 * The height `widget` reserves while it loads, and keeps: its card is never shorter, so
 * nothing of the host page below it moves when it renders, loads data or learns who the
 * shopper is. `variants` add to it (or take from it) for the host's attributes, e.g.
 * `{ '[mode="nps"]': 56 }`. The page's `rapport-<widget>:not(:defined)` rule must give the
 * empty tag the same height before the widget's code arrives (demo/styles.css does). A
 * page whose content differs sets `--rapport-<widget>-min-height` (e.g. `0px` to opt out).
 *
 * @example
 * export const faqStyles = [tokens('faq'), reserve('faq', 112)];
 */
export function reserve(widget: string, px: number, variants: Record<string, number> = {}) {
  // Named per widget: custom properties inherit, and another widget may sit inside this one.
  const part = (i: number) => `--_reserve-${widget}-${i}`;
  const extra = Object.keys(variants).map((_, i) => ` + var(${part(i)}, 0px)`).join('');
  const rules = Object.entries(variants).map(([attrs, add], i) => `:host(${attrs}){${part(i)}:${add}px}`);
  return unsafeCSS(`:host{--_reserve:var(--rapport-${widget}-min-height, calc(${px}px${extra}))}${rules.join('')}`);
}

/**
 * The base element's styles: host box, panel, title and the loading / empty / error states.
 * (No comments inside the CSS: Lit ships it as written, to every widget.) Everything inside
 * is `border-box` whatever the host page's reset makes of the host itself (a page's
 * `* { box-sizing: content-box }` reaches the host: inherited, the card would outgrow the
 * height it reserved by its padding and border). The host sets
 * `--_reserve` to 0 before the widget's `reserve()` sets it again, so a widget inside
 * another never inherits its height. `min-width: 0` lets a host that is a grid or flex
 * item of the page shrink to its track, and nothing inside is wider than the card: long
 * words, addresses and order numbers wrap, images shrink (a form's controls: `formStyles`
 * in form-parts.ts), and a table (or anything wide by nature) scrolls inside the card in
 * `<div class="scroll-x" tabindex="0" role="region" aria-label="…">`.
 */
export const baseStyles = [
  tokens(),
  css`
    :host {
      --_reserve: 0px;
      display: block;
      box-sizing: border-box;
      min-width: 0;
      max-width: 100%;
      min-height: var(--_reserve);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_color-text);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [part~='base'] {
      min-height: var(--_reserve);
      background: var(--_color-bg);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      padding: var(--_spacing);
      overflow-wrap: anywhere;
    }
    img,
    svg {
      max-width: 100%;
    }
    .scroll-x {
      max-width: 100%;
      overflow-x: auto;
    }
    [part~='title'] {
      margin: 0 0 calc(var(--_spacing) * 0.75);
      font-size: calc(var(--_font-size) * 1.25);
      line-height: 1.3;
      font-weight: 600;
    }
    .state {
      display: flex;
      align-items: center;
      gap: calc(var(--_spacing) * 0.5);
      margin: 0;
      padding: calc(var(--_spacing) * 0.5) 0;
      color: var(--_color-muted);
    }
    [part~='error'] {
      color: var(--_color-danger);
      flex-wrap: wrap;
    }
    .spinner {
      width: 16px;
      height: 16px;
      border: 2px solid var(--_color-border);
      border-top-color: var(--_color-primary);
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation-duration: 2.4s;
      }
    }
    button {
      font: inherit;
      font-size: var(--_font-size);
      min-height: 44px;
      padding: 0 var(--_spacing);
      border-radius: var(--_radius);
      border: 1px solid var(--_color-primary);
      background: var(--_color-primary);
      color: var(--_color-on-primary);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--_color-primary);
      outline-offset: 2px;
    }
  `,
];
