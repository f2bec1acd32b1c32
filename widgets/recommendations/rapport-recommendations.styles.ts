/**
 * @module Styles of <rapport-recommendations>: its component tokens (`--rapport-recommendations-*`,
 * falling back to the global `--rapport-*` ones), and a shelf whose height is known before any
 * product arrives. One row of cards of fixed size that scrolls sideways inside the card (snapping
 * to a card), so the height depends neither on the screen's width nor on the number of products,
 * and a narrow screen never scrolls sideways. Every line of a card has a fixed height (a name of
 * two lines, the price and variant on one, a reason of two), so the skeleton, the error and the
 * cards are exactly as tall: 360 px with the default tokens (the page's
 * `rapport-recommendations:not(:defined)` rule should give the empty tag the same).
 * The host itself reserves nothing: a shelf with nothing to show takes no room at all.
 */
import { css } from 'lit';
import { reserve, tokens } from '../core/styles.ts';

export const recommendationsStyles = [
  tokens('recommendations'),
  reserve('recommendations', 360),
  css`
    :host {
      min-height: 0;
      container: rapport-recommendations / inline-size;
      --_w: 160px;
      --_text: calc(var(--_font-size) * 0.9375);
      --_small: calc(var(--_font-size) * 0.8125);
      --_card-h: calc(var(--_w) + 26px + var(--_text) * 4.2 + var(--_small) * 3);
      --_skel: var(--_color-border);
      --_skel: color-mix(in srgb, var(--_color-text) 9%, var(--_color-bg));
    }
    [part~='title'] {
      height: calc(var(--_font-size) * 1.625);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* One line keeps the reserved height exact; on a phone the longer headings ("Goes well with
       your order") fit it in a smaller size instead of being cut. */
    @container rapport-recommendations (max-width: 400px) {
      [part~='title'] {
        font-size: calc(var(--_font-size) * 1.0625);
        height: calc(var(--_font-size) * 1.625);
      }
    }
    .shelf {
      position: relative;
    }
    .scroller {
      display: flex;
      gap: 12px;
      margin: -4px;
      padding: 4px;
      list-style: none;
      overflow-x: auto;
      overflow-y: hidden;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      scroll-padding: 4px;
      scrollbar-width: none;
    }
    .scroller::-webkit-scrollbar {
      display: none;
    }
    .scroller > li {
      flex: 0 0 var(--_w);
      scroll-snap-align: start;
    }
    .card {
      display: flex;
      flex-direction: column;
      height: var(--_card-h);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      overflow: hidden;
      background: var(--_color-bg);
      color: inherit;
      text-decoration: none;
    }
    a.card:focus-visible {
      outline: 2px solid var(--_color-primary);
      outline-offset: 2px;
    }
    a.card:hover .name {
      text-decoration: underline;
    }
    .image {
      flex: none;
      height: calc(var(--_w) - 2px);
      background: var(--_skel);
    }
    .image img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .name,
    .line,
    .reason {
      flex: none;
      margin: 4px 10px 0;
      overflow: hidden;
      line-height: 1.4;
      font-size: var(--_text);
    }
    .name,
    .reason {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
    }
    .name {
      margin-top: 8px;
      height: calc(var(--_text) * 2.8);
      font-weight: 600;
    }
    .line {
      height: calc(var(--_text) * 1.4);
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    [part~='price'] {
      font-weight: 600;
    }
    .variant {
      margin-left: 4px;
      color: var(--_color-muted);
    }
    .variant::before {
      content: '· ' / '';
    }
    .reason {
      height: calc(var(--_small) * 3);
      line-height: 1.5;
      font-size: var(--_small);
      color: var(--_color-muted);
    }
    .bar {
      background: linear-gradient(var(--_skel), var(--_skel)) 0 50% / 85% 70% no-repeat;
    }
    .bar.short {
      background-size: 45% 70%;
    }
    .box {
      display: flex;
      align-items: center;
      height: var(--_card-h);
      overflow: hidden;
    }
    .arrow {
      position: absolute;
      top: calc(var(--_w) / 2 - 20px);
      display: grid;
      place-items: center;
      width: 40px;
      min-height: 0;
      height: 40px;
      padding: 0;
      border: 1px solid var(--_color-border);
      border-radius: 50%;
      background: var(--_color-bg);
      color: var(--_color-text);
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
    }
    .arrow[hidden] {
      display: none;
    }
    .arrow svg {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .before {
      left: 4px;
    }
    .after {
      right: 4px;
    }
    @media (hover: none) {
      .arrow {
        display: none;
      }
    }
  `,
];
