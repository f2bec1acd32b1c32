/**
 * @module Styles of <rapport-feedback>: its component tokens (`--rapport-feedback-*`, falling back to
 * the global `--rapport-*` ones). Its own rules join here as the widget grows.
 */
import { tokens } from '../core/styles.ts';

export const feedbackStyles = [tokens('feedback')];
