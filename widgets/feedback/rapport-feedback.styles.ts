/**
 * @module Styles of <rapport-feedback>: its component tokens (`--rapport-feedback-*`, falling
 * back to the global `--rapport-*` ones), choice chips for the radio groups (the native
 * radio stays in the page for keyboards and screen readers), previews, errors, panels.
 */
import { css } from 'lit';
import { tokens } from '../core/styles.ts';

export const feedbackStyles = [
  tokens('feedback'),
  css`
    form,
    .field {
      display: grid;
      gap: calc(var(--_spacing) * 0.75);
    }
    .field {
      gap: 4px;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend,
    label[for] {
      font-weight: 600;
      padding: 0;
      margin-bottom: 4px;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .choice {
      position: relative;
      display: inline-flex;
    }
    /* The radio itself, transparent, covers its chip: a click anywhere on it is a click on the radio. */
    .choice input {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .sr {
      position: absolute;
      opacity: 0;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .choice span:not(.sr) {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 44px;
      min-height: 44px;
      padding: 0 12px;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .nps .choice span {
      padding: 0;
    }
    .face {
      font-size: 24px;
    }
    .choice input:checked + span {
      border-color: var(--_color-primary);
      background: var(--_color-primary);
      color: var(--_color-on-primary);
    }
    .choice input:focus-visible + span {
      outline: 2px solid var(--_color-primary);
      outline-offset: 2px;
    }
    textarea,
    input:not([type='radio']) {
      font: inherit;
      color: inherit;
      background: var(--_color-bg);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      padding: 8px;
      min-height: 44px;
    }
    input[readonly] {
      background: transparent;
      border-style: dashed;
    }
    [aria-invalid='true'] {
      border-color: var(--_color-danger);
    }
    .hint {
      margin: 0;
      font-size: calc(var(--_font-size) * 0.875);
      color: var(--_color-muted);
    }
    .field-error {
      margin: 0;
      color: var(--_color-danger);
    }
    .photos {
      display: flex;
      gap: 8px;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .photos li {
      position: relative;
    }
    .photos img {
      display: block;
      width: 88px;
      height: 88px;
      object-fit: cover;
      border-radius: var(--_radius);
    }
    .remove {
      position: absolute;
      top: -8px;
      right: -8px;
      min-height: 32px;
      width: 32px;
      padding: 0;
      border-radius: 50%;
    }
    .hp {
      position: absolute;
      left: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    [part~='submit'] {
      justify-self: start;
    }
    .done h3 {
      margin: 0 0 8px;
      font-size: calc(var(--_font-size) * 1.125);
    }
    .done h3:focus {
      outline: none;
    }
    .faq {
      padding-left: 20px;
    }
    .faq p {
      margin: 4px 0 8px;
      color: var(--_color-muted);
    }
  `,
];
