/**
 * @module The orders area's own badges: the attention flags (late, problem), outcomes and
 * the timeline's steps, in colours with AA contrast on white.
 */
import { css } from 'lit';

export const ordersBadges = css`
  .badge.late, .badge.exception, .badge.refused { background: #fef3f2; color: #a11d12; }
  .badge.stale, .badge.duplicate { background: #fffaeb; color: #7a2e0e; }
  .badge.accepted, .badge.delivered { background: #ecfdf3; color: #05603a; }
  .badge.cancelled, .badge.refunded, .badge.returned { background: #f1f3f7; color: #404857; }
  .flags { display: flex; flex-wrap: wrap; gap: 4px; }
`;
