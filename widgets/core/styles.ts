/**
 * @module Shared styles and theme tokens. Global tokens `--rapport-*` theme every widget
 * from `:root`; `tokens('faq')` lets `--rapport-faq-*` override them for one widget
 * (material-web's pattern: component token → global token → default). Sizes in px:
 * some themes set `html { font-size: 62.5% }`, which would shrink rem-based widgets.
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

/** The base element's styles: host box, panel, title and the loading / empty / error states. */
export const baseStyles = [
  tokens(),
  css`
    :host {
      display: block;
      box-sizing: border-box;
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
      box-sizing: inherit;
    }
    [part~='base'] {
      background: var(--_color-bg);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      padding: var(--_spacing);
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
