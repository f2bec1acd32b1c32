/**
 * @module Styles of <rapport-recommendations>: its component tokens (`--rapport-recommendations-*`, falling back to
 * the global `--rapport-*` ones). Its own rules join here as the widget grows.
 */
import { tokens } from '../core/styles.ts';

export const recommendationsStyles = [tokens('recommendations')];
