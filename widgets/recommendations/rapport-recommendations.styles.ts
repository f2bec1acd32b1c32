/**
 * @module Styles of <rapport-recommendations>: its component tokens (`--rapport-recommendations-*`, falling back to
 * the global `--rapport-*` ones) and the height it reserves (its title and its state). Its
 * own rules join here as the widget grows.
 */
import { reserve, tokens } from '../core/styles.ts';

export const recommendationsStyles = [tokens('recommendations'), reserve('recommendations', 112)];
