import { expect } from '@esm-bundle/chai';
import type { MailItem } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-mail-log.ts';
import type { RapportAdminMailLog } from '../../../../widgets/admin/settings/rapport-admin-mail-log.ts';
import { fakeApi, mount, text, unmountAll } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

const mail = (n: number, extra: Partial<MailItem> = {}): MailItem => ({
  id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind: 'feedback.received', to: `ann${n}@example.com`,
  subject: `We received your message (FB-${1000 + n})`, status: 'kept', attempts: 1, lastError: null,
  createdAt: '2025-05-01T09:00:00Z', sentAt: null, textBody: `Hello,\nwe received message ${n}.`, ...extra,
});
const withMail = (items: MailItem[]) => fakeApi({ mail: async () => ({ ok: true, value: { items } }) });
const root = (el: RapportAdminMailLog) => el.shadowRoot!;

async function log(items: MailItem[]) {
  const el = await mount('rapport-admin-mail-log', { api: withMail(items) });
  await waitFor(() => root(el).querySelector('table, p.muted:not([role])'), 'the mail log');
  return el;
}

describe('<rapport-admin-mail-log>', () => {
  afterEach(unmountAll);

  it('has no axe violations, with a row open', async () => {
    const el = await log([mail(1), mail(2, { status: 'failed', attempts: 3, lastError: 'ECONNREFUSED' })]);
    root(el).querySelector<HTMLButtonElement>('button.open')!.click();
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('lists time, recipient, subject, status and attempts under column headers', async () => {
    const el = await log([mail(1), mail(2, { status: 'failed', attempts: 3 }), mail(3, { status: 'sent', sentAt: '2025-05-01T09:00:05Z' })]);
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
    let n = 0;
    const api = fakeApi({ mail: async () => ({ ok: true, value: { items: [mail(++n)] } }) });
    const el = await mount('rapport-admin-mail-log', { api });
    await waitFor(() => root(el).querySelector('table'), 'the mail log');
    root(el).querySelector<HTMLButtonElement>('.head button')!.click();
    await waitFor(() => text(root(el).querySelector('tbody')).includes('ann2@example.com'), 'the refreshed log');
    expect(api.calls.filter(([c]) => c === 'mail').length).to.equal(2);
  });

  it('says when there is no mail yet, and why loading failed', async () => {
    expect(text(root(await log([])))).to.contain('No emails yet.');
    const failing = fakeApi({ mail: async () => ({ ok: false, error: { code: 'internal', status: 500, title: 'x' } }) });
    const el = await mount('rapport-admin-mail-log', { api: failing });
    await waitFor(() => root(el).querySelector('[role=alert]'), 'the error');
    expect(text(root(el).querySelector('[role=alert]'))).to.equal('Something went wrong on our side. Try again in a moment.');
  });
});
