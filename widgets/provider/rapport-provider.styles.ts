/**
 * @module Styles of <rapport-provider>: it draws nothing of its own, its children lay
 * out as if it were not there.
 */
import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: contents;
  }
`;
