import { expect } from '@esm-bundle/chai';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import { SettingsApi } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-mail-log.ts';
import type { RapportAdminMailLog } from '../../../../widgets/admin/settings/rapport-admin-mail-log.ts';
import { AXE_MS, adminCalls, adminShop, mount, text, unmountAll, type AdminShop, type SeedMail } from '../helpers.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

/** Mail `n`, sent `n` minutes ago (so the log, newest first, lists 1, 2, 3 …). */
const mail = (n: number, extra: Partial<SeedMail> = {}): SeedMail => ({
  to: `ann${n}@example.com`, subject: `We received your message (FB-${1000 + n})`, status: 'kept', attempts: 1, lastError: null,
  createdAt: new Date(Date.now() - n * 60_000).toISOString(), text: `Hello,\nwe received message ${n}.`, ...extra,
});
const root = (el: RapportAdminMailLog) => el.shadowRoot!;

describe('<rapport-admin-mail-log>', () => {
  let shop: AdminShop;
  let api: SettingsApi;

  async function log(items: SeedMail[]) {
    await shop.mail(items);
    const el = await mount('rapport-admin-mail-log', { api });
    await waitFor(() => root(el).querySelector('section[aria-busy=false]'), 'the mail log');
    return el;
  }

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    api = (await shop.signIn()).api.area(SettingsApi);
  });
  beforeEach(() => shop.reset()); // no mail, no fault
  afterEach(unmountAll);

  it('has no axe violations, with a row open', async function () {
    this.timeout(AXE_MS);
    const el = await log([mail(1), mail(2, { status: 'failed', attempts: 3, lastError: 'ECONNREFUSED' })]);
    root(el).querySelector<HTMLButtonElement>('button.open')!.click();
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('lists time, recipient, subject, status and attempts under column headers', async () => {
    const el = await log([mail(1), mail(2, { status: 'failed', attempts: 3 }), mail(3, { status: 'sent', sentAt: new Date().toISOString() })]);
    expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal(['Time', 'To', 'Subject', 'Status', 'Attempts']);
    const rows = [...root(el).querySelectorAll('tbody tr:not(.body)')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map(text));
    expect(rows).to.deep.equal([
      ['ann1@example.com', '› We received your message (FB-1001)', 'Kept, not sent', '1'],
      ['ann2@example.com', '› We received your message (FB-1002)', 'Failed', '3'],
      ['ann3@example.com', '› We received your message (FB-1003)', 'Sent', '1'],
    ]);
  });

  it('opens a row to show the text body and the last error', async () => {
    const el = await log([mail(1, { status: 'pending', lastError: 'SMTP 421 try later' })]);
    const button = root(el).querySelector<HTMLButtonElement>('button.open')!;
    const body = root(el).querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
    expect(body.querySelector('pre')!.textContent).to.equal('Hello,\nwe received message 1.');
    expect(text(body.querySelector('.last-error'))).to.equal('Last error: SMTP 421 try later');
  });

  it('loads the log again on Refresh', async () => {
    const before = adminCalls.length;
    const el = await log([mail(2)]);
    await shop.mail([mail(1)]);
    root(el).querySelector<HTMLButtonElement>('.head button')!.click();
    await waitFor(() => text(root(el).querySelector('tbody')).includes('ann1@example.com'), 'the refreshed log');
    expect(adminCalls.slice(before).filter((c) => c.path.startsWith('/v1/admin/mail')).length).to.equal(2);
  });

  it('says plainly that a mail over the daily limit was never sent, and why', async function () {
    this.timeout(15_000);
    // The server caps the mail a shopper's actions cause per address: the sixth confirmation to one address is never sent.
    await shop.seed(Array.from({ length: 6 }, (_, i) => ({ kind: 'question' as const, text: `Question ${i}`, email: 'flood@example.com' })));
    const el = await log([]);
    const badges = [...root(el).querySelectorAll('tbody .badge')];
    const limited = badges.filter((b) => text(b) === 'Not sent: daily limit reached');
    expect(limited).to.have.length(1);
    expect(limited[0].classList.contains('limited')).to.equal(true);
    expect(getComputedStyle(limited[0]).backgroundColor).to.not.equal(getComputedStyle(badges.find((b) => b !== limited[0])!).backgroundColor);
    const row = limited[0].closest('tr')!;
    row.querySelector<HTMLButtonElement>('button.open')!.click();
    await el.updateComplete;
    const body = root(el).querySelector(`#${row.querySelector('button.open')!.getAttribute('aria-controls')}`)!;
    expect(text(body.querySelector('.why'))).to.equal(
      'Never sent: this address, or your shop, reached its daily limit of emails that shoppers’ actions cause. Replies from your team are not limited.');
    await applyAdminLocale('zh-Hans');
    try {
      await el.updateComplete;
      expect(text(limited[0])).to.equal('未发送：已达每日上限');
    } finally {
      await applyAdminLocale('en');
    }
  });

  it('says when there is no mail yet, and why loading failed', async () => {
    expect(text(root(await log([])))).to.contain('No emails yet.');
    await shop.fault('down', { path: '/v1/admin/mail' });
    const el = await mount('rapport-admin-mail-log', { api });
    await waitFor(() => root(el).querySelector('[role=alert]'), 'the error');
    expect(text(root(el).querySelector('[role=alert]'))).to.equal('Rapport is restarting. Try again in a moment.');
  });
});
