/**
 * @module Styles of <rapport-faq>: its component tokens (`--rapport-faq-*`, falling back to
 * the global `--rapport-*` ones). Its own rules join here as the widget grows.
 */
import { tokens } from '../core/styles.ts';

export const faqStyles = [tokens('faq')];
