/**
 * @module <rapport-admin-response-times>: the shop's first-response targets and the
 * kinds of feedback its form offers.
 */
import { css, html } from 'lit';
import { defineElement } from '../../core/define.ts';
import type { FeedbackKind } from '../../../server/feedback/contract.ts';
import { FEEDBACK_KINDS as KINDS } from '../../../server/feedback/limits.ts';
import type { FeedbackSettings, SettingsApi } from './settings-api.ts';
import { SettingsSection } from './settings-section.ts';
import { settingsText } from './settings-texts.ts';

/** The longest target the server accepts: 30 days. */
export const MAX_HOURS = 24 * 30;

type Api = Pick<SettingsApi, 'feedbackSettings' | 'saveFeedbackSettings'>;

/**
 * Response times: per kind, the hours within which the team promises a first answer
 * (the inbox counts down to it, the feedback form and auto-reply promise it), and
 * which kinds the feedback form offers. Saved together with one button.
 *
 * @summary Response-time targets form.
 * @tag rapport-admin-response-times
 */
export class RapportAdminResponseTimes extends SettingsSection<FeedbackSettings, Api> {
  static override styles = [
    ...SettingsSection.styles,
    css`
      .hours { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); }
      .unit { display: flex; align-items: center; gap: 8px; }
      .unit input { width: 96px; }
      /* CJK may break between any two characters: keep the unit (小时) on one line. */
      .unit > span { flex: none; }
      .kinds { display: flex; flex-wrap: wrap; gap: 10px 24px; }
      .kinds label { display: inline-flex; align-items: center; gap: 8px; }
    `,
  ];

  protected readonly headingId = 'times-heading';
  protected readonly texts = {
    heading: 'times.heading', intro: 'times.intro', loading: 'times.loading', save: 'times.save', saving: 'times.saving', saved: 'times.saved',
  } as const;

  protected load(api: Api, signal: AbortSignal) {
    return api.feedbackSettings(signal);
  }

  protected store(api: Api, next: FeedbackSettings) {
    return api.saveFeedbackSettings(next);
  }

  protected fields(s: FeedbackSettings) {
    return html`<fieldset><legend>${settingsText('times.targets')}</legend><div class="hours">
        ${KINDS.map((k) => html`<div class="field"><label for="hours-${k}">${settingsText(`times.kind.${k}`)}</label>
          <div class="unit"><input id="hours-${k}" name=${k} type="number" inputmode="numeric" min="1" max=${MAX_HOURS} step="1"
            required .value=${String(s.responseTargets[k])} aria-describedby="unit-${k}" />
            <span id="unit-${k}" class="muted">${settingsText('times.hours')}</span></div></div>`)}
      </div></fieldset>
      <fieldset><legend>${settingsText('times.kinds')}</legend><div class="kinds">
        ${KINDS.map((k) => html`<label><input type="checkbox" name="shown" value=${k}
          .checked=${!s.hiddenKinds.includes(k)} />${settingsText(`times.kind.${k}`)}</label>`)}
      </div><p class="hint">${settingsText('times.kindsHint')}</p></fieldset>`;
  }

  protected read(data: FormData): FeedbackSettings | { refused: string } {
    const shown = data.getAll('shown').map(String);
    if (shown.length === 0) return { refused: settingsText('times.noneShown') };
    const hours = (k: FeedbackKind) => Math.round(Number(data.get(k)));
    return {
      responseTargets: { complaint: hours('complaint'), suggestion: hours('suggestion'), praise: hours('praise'), question: hours('question') },
      hiddenKinds: KINDS.filter((k) => !shown.includes(k)),
    };
  }
}

defineElement('rapport-admin-response-times', RapportAdminResponseTimes);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-response-times': RapportAdminResponseTimes;
  }
}
