/**
 * @module Styles of <rapport-order-tracker>: its component tokens (`--rapport-order-tracker-*`, falling back to
 * the global `--rapport-*` ones) and the height it reserves (its title and its state). Its
 * own rules join here as the widget grows.
 */
import { reserve, tokens } from '../core/styles.ts';

export const orderTrackerStyles = [tokens('order-tracker'), reserve('order-tracker', 112)];
