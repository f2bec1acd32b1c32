/**
 * @module Styles of <rapport-returns>: its component tokens (`--rapport-returns-*`, falling back to
 * the global `--rapport-*` ones) and the height it reserves (its title, which wraps once at
 * 320 px, and its state). Its own rules join here as the widget grows.
 */
import { reserve, tokens } from '../core/styles.ts';

export const returnsStyles = [tokens('returns'), reserve('returns', 138)];
