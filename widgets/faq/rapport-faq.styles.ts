/**
 * @module Styles of <rapport-faq>: its component tokens (`--rapport-faq-*`, falling back to
 * the global `--rapport-*` ones) and the height it reserves (its title, which wraps once at
 * 320 px, and its state). Its own rules join here as the widget grows.
 */
import { reserve, tokens } from '../core/styles.ts';

export const faqStyles = [tokens('faq'), reserve('faq', 138)];
