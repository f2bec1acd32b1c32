/**
 * @module Recommendations events: what the area's parts tell their page, as `RapportEvent`
 * classes (bubbling, composed, the payload typed in `detail`).
 */
import { RapportEvent } from '../../core/events.ts';
import type { RecommendationSettings } from './recommendations-api.ts';

/**
 * A part saved the placement settings (a switch, the rules form): `detail.settings` is
 * what the server saved, which the page hands to every part.
 */
export class RecommendationSettingsSavedEvent extends RapportEvent<{ settings: RecommendationSettings }> {
  static readonly type = 'rapport-admin-recommendation-settings-saved';
  constructor(settings: RecommendationSettings) {
    super(RecommendationSettingsSavedEvent.type, { settings });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rapport-admin-recommendation-settings-saved': RecommendationSettingsSavedEvent;
  }
}
