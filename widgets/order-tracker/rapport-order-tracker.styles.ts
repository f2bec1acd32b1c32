/**
 * @module Styles of <rapport-order-tracker>: its component tokens (`--rapport-order-tracker-*`, falling back to
 * the global `--rapport-*` ones). Its own rules join here as the widget grows.
 */
import { tokens } from '../core/styles.ts';

export const orderTrackerStyles = [tokens('order-tracker')];
