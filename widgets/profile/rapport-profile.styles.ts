/**
 * @module Styles of <rapport-profile>: its component tokens (`--rapport-profile-*`, falling back to
 * the global `--rapport-*` ones) and the height it reserves (its title and its state). Its
 * own rules join here as the widget grows.
 */
import { reserve, tokens } from '../core/styles.ts';

export const profileStyles = [tokens('profile'), reserve('profile', 112)];
