import { expect } from '@esm-bundle/chai';
import { isLowScore, scoreLabel } from '../../../../widgets/admin/feedback/feedback-format.ts';

describe('feedback formats', () => {
  it('writes scores by their scale and flags the low ones', () => {
    expect(scoreLabel({ scoreType: 'csat', score: 2 })).to.equal('CSAT 2/5');
    expect(scoreLabel({ scoreType: 'nps', score: 0 })).to.equal('NPS 0/10');
    expect(scoreLabel({ scoreType: 'none', score: null })).to.equal('');
    expect(isLowScore({ scoreType: 'csat', score: 2 })).to.equal(true);
    expect(isLowScore({ scoreType: 'nps', score: 7 })).to.equal(false);
  });
});
