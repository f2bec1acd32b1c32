/**
 * @module Styles of <rapport-profile>: its component tokens (`--rapport-profile-*`, falling back to
 * the global `--rapport-*` ones). Its own rules join here as the widget grows.
 */
import { tokens } from '../core/styles.ts';

export const profileStyles = [tokens('profile')];
