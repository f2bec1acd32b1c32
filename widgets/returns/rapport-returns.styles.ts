/**
 * @module Styles of <rapport-returns>: its component tokens (`--rapport-returns-*`, falling back to
 * the global `--rapport-*` ones). Its own rules join here as the widget grows.
 */
import { tokens } from '../core/styles.ts';

export const returnsStyles = [tokens('returns')];
