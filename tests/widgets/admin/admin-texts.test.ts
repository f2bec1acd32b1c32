import { expect } from '@esm-bundle/chai';
import { adminText, hasAdminText, pickAdminLocale } from '../../../widgets/admin/admin-texts.ts';
import { actionLabel, actorLabel } from '../../../widgets/admin/activity-labels.ts';
import { session } from './helpers.ts';

describe('admin texts', () => {
  it('fills placeholders and picks plural forms', () => {
    expect(adminText('signIn.lockedWait', { count: 1 })).to.equal('Try again in 1 second.');
    expect(adminText('signIn.lockedWait', { count: 7 })).to.equal('Try again in 7 seconds.');
    expect(adminText('actor.you', { name: 'Ana' })).to.equal('You (Ana)');
  });

  it('falls back to English for languages without a catalog yet', () => {
    expect(pickAdminLocale(['fr-FR', 'de'])).to.equal('en');
    expect(pickAdminLocale(['en-GB'])).to.equal('en');
  });

  it('knows which keys exist', () => {
    expect(hasAdminText('page.inbox')).to.equal(true);
    expect(hasAdminText('page.nope')).to.equal(false);
  });
});

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
