import { expect } from '@esm-bundle/chai';
import { durationLabel, responseClock } from '../../../../widgets/admin/feedback/response-clock.ts';

const now = Date.parse('2025-05-02T12:00:00Z');
const at = (hours: number) => new Date(now + hours * 3600_000).toISOString();
const open = (dueInHours: number) => ({ dueAt: at(dueInHours), firstResponseAt: null, createdAt: at(-20), status: 'new' as const });

describe('response clock', () => {
  it('counts down to the due time: "due in 5 h"', () => {
    expect(responseClock(open(5), now)).to.deep.equal({ state: 'due', text: 'due in 5 h' });
    expect(responseClock(open(5.9), now).text).to.equal('due in 5 h');
  });

  it('says how late an unanswered item is, as overdue: "overdue by 2 h"', () => {
    expect(responseClock(open(-2), now)).to.deep.equal({ state: 'overdue', text: 'overdue by 2 h' });
    expect(responseClock(open(-0.5), now).text).to.equal('overdue by 30 min');
  });

  it('once answered, says how long the first response took: "answered in 3 h"', () => {
    const item = { dueAt: at(-1), createdAt: at(-10), firstResponseAt: at(-7), status: 'waiting' as const };
    expect(responseClock(item, now)).to.deep.equal({ state: 'answered', text: 'answered in 3 h' });
  });

  it('stops for an item resolved without a reply', () => {
    expect(responseClock({ ...open(-3), status: 'resolved' }, now)).to.deep.equal({ state: 'closed', text: 'resolved without a reply' });
  });

  it('uses minutes under an hour (never "0 min"), hours under two days, then days', () => {
    expect(durationLabel(0)).to.equal('1 min');
    expect(durationLabel(45 * 60_000)).to.equal('45 min');
    expect(durationLabel(47 * 3600_000)).to.equal('47 h');
    expect(durationLabel(49 * 3600_000)).to.equal('2 days');
    expect(durationLabel(-26 * 24 * 3600_000)).to.equal('26 days');
  });

  it('moves with the time it is given', () => {
    const item = open(1);
    expect(responseClock(item, now).text).to.equal('due in 1 h');
    expect(responseClock(item, now + 40 * 60_000).text).to.equal('due in 20 min');
    expect(responseClock(item, now + 61 * 60_000).text).to.equal('overdue by 1 min');
  });
});
