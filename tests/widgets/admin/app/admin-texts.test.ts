import { expect } from '@esm-bundle/chai';
import { pickAdminLocale } from '../../../../widgets/admin/app/admin-i18n.ts';
import { adminText, appTexts } from '../../../../widgets/admin/app/admin-texts.ts';
import { settingsText } from '../../../../widgets/admin/settings/settings-texts.ts';
import { actionError } from '../../../../widgets/admin/app/action-errors.ts';
import { moneyLabel } from '../../../../widgets/admin/app/admin-format.ts';

describe('admin texts', () => {
  it('fills placeholders and picks plural forms', () => {
    expect(adminText('signIn.lockedWait', { count: 1 })).to.equal('Try again in 1 second.');
    expect(adminText('signIn.lockedWait', { count: 7 })).to.equal('Try again in 7 seconds.');
    expect(settingsText('actor.you', { name: 'Ana' })).to.equal('You (Ana)');
  });

  it('falls back to English for languages it has no catalog for', () => {
    expect(pickAdminLocale(['fr-FR', 'de'])).to.equal('en');
    expect(pickAdminLocale(['en-GB'])).to.equal('en');
  });

  it('knows which keys exist', () => {
    expect(appTexts.has('page.inbox')).to.equal(true);
    expect(appTexts.has('page.nope')).to.equal(false);
  });
});

describe('admin formats', () => {
  it('writes money from minor units in its currency', () => {
    expect(moneyLabel(4250, 'EUR')).to.equal('€42.50');
    expect(moneyLabel(129900, 'JPY')).to.equal('¥129,900');
    expect(moneyLabel(1999, 'USD')).to.equal('$19.99');
    expect(moneyLabel(1234, 'euro')).to.equal('12.34 euro');
  });
});

describe('action errors', () => {
  const said = (code: string, status: number) => actionError({ code, status, title: code });

  it('turns problem slugs and network failures into one plain sentence each', () => {
    expect(said('network', 0)).to.equal('Can’t reach Rapport. Check your connection and try again.');
    expect(said('validation', 400)).to.equal('Rapport didn’t accept this. Check what you entered and try again.');
    expect(said('csrf', 403)).to.equal('Rapport refused this change. Reload the page and try again.');
    expect(said('not-found', 404)).to.equal('This item no longer exists. It may have been deleted.');
    expect(said('rate-limited', 429)).to.equal('Too many changes at once. Wait a moment and try again.');
  });

  it('falls back on the status for answers without a known slug', () => {
    expect(said('http-404', 404)).to.equal('This item no longer exists. It may have been deleted.');
    expect(said('http-502', 502)).to.equal('Something went wrong on our side. Try again in a moment.');
  });
});
