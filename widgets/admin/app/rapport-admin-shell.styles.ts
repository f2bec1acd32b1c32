/**
 * @module Styles of <rapport-admin-shell>: header on top; navigation as a left column
 * from 900px wide and as a scrolling row of tabs below that.
 */
import { css } from 'lit';
import { adminBase } from './admin-styles.ts';

export const shellStyles = [
  adminBase,
  css`
    :host { display: block; }
    .layout {
      min-height: 100vh; display: grid; background: var(--_bg);
      grid-template: 'top' auto 'nav' auto 'main' 1fr / minmax(0, 1fr);
    }

    header.top {
      grid-area: top; position: sticky; top: 0; z-index: 1; display: flex; align-items: center; gap: 16px;
      height: 64px; padding: 0 16px; background: var(--_surface); border-bottom: 1px solid var(--_border);
    }
    .brand { display: flex; align-items: center; gap: 12px; min-width: 0; flex: 1; }
    .names { display: flex; flex-direction: column; min-width: 0; }
    .shop, .name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .shop { font-size: 15px; }
    .product, .role { font-size: 12px; line-height: 16px; color: var(--_muted); }
    .who { display: flex; align-items: center; gap: 10px; min-width: 0; }
    .avatar {
      flex: none; display: grid; place-items: center; width: 32px; height: 32px; border-radius: 50%;
      background: var(--_accent-soft); color: var(--_accent); font-size: 12px; font-weight: 650;
    }

    nav { grid-area: nav; background: var(--_surface); border-bottom: 1px solid var(--_border); overflow-x: auto; }
    nav ul { display: flex; gap: 4px; margin: 0; padding: 8px 12px; list-style: none; }
    nav a {
      display: flex; align-items: center; gap: 10px; padding: 8px 12px; border-radius: 6px;
      color: var(--_muted); font-weight: 550; text-decoration: none; white-space: nowrap;
    }
    nav a:hover { background: var(--_bg); color: var(--_text); }
    nav a[aria-current='page'] { background: var(--_accent-soft); color: var(--_accent); }

    main { grid-area: main; padding: 24px 16px 48px; min-width: 0; }
    main > * { max-width: 1040px; }
    main h1 { margin-bottom: 20px; }
    main h1:focus { outline: none; }
    main .error:not(:empty) { margin-bottom: 16px; }
    .warning {
      display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin-bottom: 16px; padding: 10px 12px;
      border: 1px solid #f7c1bb; border-radius: 6px; background: var(--_danger-soft); color: var(--_danger);
    }
    .warning p { flex: 1 1 240px; font-weight: 550; }
    .warning a { font-weight: 550; }

    @media (max-width: 599px) {
      .product { display: none; }
      .who .names {
        position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
      }
      header.top { gap: 10px; }
      nav ul { padding: 8px; }
      nav a { gap: 8px; padding: 8px 10px; }
    }
    @media (min-width: 900px) {
      .layout { grid-template: 'top top' auto 'nav main' 1fr / 232px minmax(0, 1fr); }
      header.top { padding: 0 24px; }
      nav { border-bottom: 0; border-right: 1px solid var(--_border); overflow: visible; }
      nav ul { position: sticky; top: 64px; flex-direction: column; padding: 16px 12px; }
      main { padding: 32px 40px 64px; }
    }
  `,
];
