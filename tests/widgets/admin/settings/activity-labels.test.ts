import { expect } from '@esm-bundle/chai';
import { actionLabel, actorLabel } from '../../../../widgets/admin/settings/activity-labels.ts';
import { session } from '../helpers.ts';

describe('activity labels', () => {
  it('reads known actions as phrases and shows unknown ones as they are', () => {
    expect(actionLabel('staff.sign_in')).to.equal('Signed in');
    expect(actionLabel('staff.sign_in_failed')).to.equal('Failed sign-in attempt');
    expect(actionLabel('faq.publish')).to.equal('faq.publish');
  });

  it('names the signed-in staff member "You", the system "Rapport", others by short id', () => {
    expect(actorLabel({ actorType: 'staff', actorId: session.staff.id }, session)).to.equal('You (Ana Lima)');
    expect(actorLabel({ actorType: 'system', actorId: null }, session)).to.equal('Rapport');
    expect(actorLabel({ actorType: 'staff', actorId: 'abcdef12-3456' }, session)).to.equal('Staff member abcdef12');
  });
});
