import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import { FeedbackApi, type FeedbackDetail } from '../../../../widgets/admin/feedback/feedback-api.ts';
import '../../../../widgets/admin/feedback/rapport-admin-feedback.ts';
import type { RapportAdminSavedReplies } from '../../../../widgets/admin/feedback/rapport-admin-saved-replies.ts';
import { SavedRepliesApi, fillSavedReply, orderForCustomer, type SavedReply } from '../../../../widgets/admin/feedback/saved-replies.ts';
import { SAVED_REPLIES_MAX } from '../../../../server/feedback/limits.ts';
import { AXE_MS, adminShop, mount, text, unmountAll, type AdminShop, type Seeded } from '../helpers.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const reply = (id: string, title: string, body: string, locale: SavedReply['locale'] = 'en'): SavedReply =>
  ({ id, title, body, locale, updatedAt: '2025-05-01T09:00:00Z' });
const REPLIES = [
  reply('r1', 'Replacement on its way', 'Hi {name}, a new one for order {order} ships today ({reference}). — {agent}, {shop}'),
  reply('r2', '已补发', '{name}您好，订单 {order} 的补发今天寄出。', 'zh-Hans'),
  reply('r3', 'Asking for a photo', 'Hi {name}, could you send a photo of the damage?'),
];

/** The element focused, through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('saved replies', () => {
  let shop: AdminShop;
  let session: AdminSession;
  let feedbackApi: FeedbackApi;
  let saved: SavedRepliesApi;
  /** A verified customer's complaint about an order, and a guest's question in Chinese. */
  let known: Seeded;
  let guest: Seeded;

  async function read(id: string): Promise<FeedbackDetail> {
    const res = await feedbackApi.feedback(id);
    if (!res.ok) throw new Error(res.error.code);
    return res.value;
  }

  async function storedReplies(): Promise<SavedReply[]> {
    const res = await saved.list();
    if (!res.ok) throw new Error(res.error.code);
    return res.value.items;
  }

  /** What the shop keeps now: exactly `replies`. */
  async function keep(replies: Array<Pick<SavedReply, 'title' | 'body' | 'locale'>>): Promise<void> {
    for (const r of await storedReplies()) await saved.remove(r.id);
    for (const r of replies) {
      const res = await saved.create(r);
      if (!res.ok) throw new Error(res.error.code);
    }
  }

  async function signIn(): Promise<void> {
    const signedIn = await shop.signIn('agent');
    session = signedIn.session;
    feedbackApi = signedIn.api.area(FeedbackApi);
    saved = signedIn.api.area(SavedRepliesApi);
  }

  /** The detail view of `id` on the real API, and its reply box's saved-replies picker. */
  async function openItem(id: string) {
    const el = await mount('rapport-admin-feedback', { api: feedbackApi, session, feedbackId: id, savedReplies: saved });
    const composer = await waitFor(() => el.shadowRoot!.querySelector('rapport-admin-composer'), 'the reply box');
    const picker = await waitFor(() => composer.shadowRoot!.querySelector('rapport-admin-saved-replies'), 'the saved replies');
    await picker.updateComplete;
    return { el, composer, picker, box: composer.shadowRoot!.querySelector('textarea')! };
  }

  /** Opens the dialog with its button and waits for the list. */
  async function openDialog(picker: RapportAdminSavedReplies) {
    const root = picker.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button[aria-haspopup=dialog]')!.click();
    await waitFor(() => root.querySelector('dialog')!.open && !root.querySelector('.content [role=status].muted'), 'the saved replies listed');
    return root;
  }

  const rows = (root: ShadowRoot) => [...root.querySelectorAll('li')].map((li) => text(li.querySelector('.title')));

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    await shop.orders([{ number: 'LL-3001', email: 'ann@example.com', sub: 'ann' }]);
    [known, guest] = await shop.seed([
      { kind: 'complaint', text: 'Chipped.', customer: { sub: 'ann', email: 'ann@example.com', name: 'Ann Lee' }, context: { orderNumber: 'LL-3001' } },
      { kind: 'question', text: 'Do you ship to Oslo?', email: 'kari.nordmann@example.com', locale: 'zh-Hans' },
    ]);
    await signIn();
  });
  afterEach(async () => {
    unmountAll();
    await applyAdminLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  describe('filled in for the item', () => {
    it('fills in the customer’s name, the order, the reference, the agent and the shop', async () => {
      const f = await read(known.id);
      expect(fillSavedReply(REPLIES[0].body, { feedback: f, agent: 'Bo', shop: 'Lumen & Leaf' }))
        .to.equal(`Hi Ann Lee, a new one for order LL-3001 ships today (${f.reference}). — Bo, Lumen & Leaf`);
    });

    it('names a guest by their email, and leaves what it cannot fill as written', async () => {
      const f = await read(guest.id);
      expect(fillSavedReply(REPLIES[0].body, { feedback: f }))
        .to.equal(`Hi kari.nordmann, a new one for order {order} ships today (${f.reference}). — {agent}, {shop}`);
    });

    it('offers the customer’s language first, each group by title, and finds by title or text', () => {
      expect(orderForCustomer(REPLIES, 'zh-Hans').map((r) => r.id)).to.deep.equal(['r2', 'r3', 'r1']);
      expect(orderForCustomer(REPLIES, 'en').map((r) => r.id)).to.deep.equal(['r3', 'r1', 'r2']);
      expect(orderForCustomer(REPLIES, 'en', '  PHOTO ').map((r) => r.id)).to.deep.equal(['r3']);
      expect(orderForCustomer(REPLIES, 'en', '补发').map((r) => r.id)).to.deep.equal(['r2']);
    });
  });

  describe('in the reply box', () => {
    beforeEach(async function () {
      this.timeout(SETUP_MS);
      await keep(REPLIES);
    });

    it('has no axe violations, closed or open', async function () {
      this.timeout(AXE_MS * 2);
      const { el, picker } = await openItem(known.id);
      await expectAccessible(el);
      await openDialog(picker);
      await expectAccessible(picker);
    });

    it('inserts a picked reply with the customer’s name and order filled in, and the reply sent is that text', async function () {
      this.timeout(10_000);
      const f = await read(known.id);
      const { picker, composer, box } = await openItem(known.id);
      const root = await openDialog(picker);
      // The customer writes English: English first, by title; each shown as it would be inserted.
      expect(rows(root)).to.deep.equal(['Asking for a photo', 'Replacement on its way', '已补发']);
      expect([...root.querySelectorAll('h3')].map(text)).to.deep.equal(['In the customer’s language · English', 'In other languages']);
      const li = root.querySelectorAll('li')[1];
      const expected = `Hi Ann Lee, a new one for order LL-3001 ships today (${f.reference}). — Bo Chen, ${shop.name}`;
      expect(text(li.querySelector('.text'))).to.equal(expected);
      li.querySelector<HTMLButtonElement>('.insert')!.click();
      await waitFor(() => !root.querySelector('dialog')!.open, 'the dialog closed');
      expect(box.value).to.equal(expected);
      expect(focused()).to.equal(box);
      await composer.updateComplete;
      expect(text(composer.shadowRoot!.querySelector('.status-line'))).to.equal('Saved reply “Replacement on its way” inserted. Check it, then send.');

      composer.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit].primary')!.click();
      await waitFor(async () => (await read(known.id)).messages.some((m) => m.body === expected), 'the reply stored as sent', 5000);
    });

    it('puts a reply where the cursor is, and offers a guest’s Chinese first', async () => {
      const { picker, box } = await openItem(guest.id);
      box.value = 'Before. After.';
      box.setSelectionRange(8, 8);
      const root = await openDialog(picker);
      expect(rows(root)).to.deep.equal(['已补发', 'Asking for a photo', 'Replacement on its way']);
      expect(text(root.querySelector('h3'))).to.equal('In the customer’s language · 简体中文');
      root.querySelector<HTMLButtonElement>('li .insert')!.click();
      await waitFor(() => box.value !== 'Before. After.', 'the reply inserted');
      expect(box.value).to.equal('Before. kari.nordmann您好，订单 {order} 的补发今天寄出。After.');
    });

    it('works by keyboard: opens, finds, inserts, and Escape gives the keyboard back to the button', async () => {
      const { picker, box } = await openItem(known.id);
      const root = picker.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('button[aria-haspopup=dialog]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => root.querySelector('#search'), 'the search box');
      await waitFor(() => focused() === root.querySelector('#search'), 'the keyboard in the search box');
      await sendKeys({ type: 'photo' });
      await waitFor(() => rows(root).length === 1, 'one match');
      expect(rows(root)).to.deep.equal(['Asking for a photo']);
      await sendKeys({ press: 'Tab' }); // the New button
      await sendKeys({ press: 'Tab' }); // the match's Insert
      expect(focused()).to.equal(root.querySelector('li .insert'));
      await sendKeys({ press: 'Enter' });
      await waitFor(() => box.value === 'Hi Ann Lee, could you send a photo of the damage?', 'the reply inserted');
      expect(focused()).to.equal(box);

      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => root.querySelector('dialog')!.open && rows(root).length === 3, 'the dialog open again, unfiltered');
      expect((root.querySelector('#search') as HTMLInputElement).value).to.equal('');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !root.querySelector('dialog')!.open, 'the dialog closed');
      expect(focused()).to.equal(button);
    });

    it('adds, rewrites and deletes saved replies there, and the shop keeps each change', async function () {
      this.timeout(15_000);
      await keep([REPLIES[2]]);
      const { picker } = await openItem(known.id);
      const root = await openDialog(picker);
      root.querySelector<HTMLButtonElement>('button.new')!.click();
      const form = await waitFor(() => root.querySelector('rapport-admin-saved-reply-form'), 'the form');
      await form.updateComplete;
      const fr = form.shadowRoot!;
      expect(focused()).to.equal(fr.querySelector('#title'));
      expect((fr.querySelector('#locale') as HTMLSelectElement).value).to.equal('en');
      expect([...fr.querySelectorAll('#fills dt')].map((dt) => [text(dt), text(dt.nextElementSibling)])).to.deep.include(['{order}', 'their order number']);
      (fr.querySelector('#title') as HTMLInputElement).value = 'Refund sent';
      (fr.querySelector('#locale') as HTMLSelectElement).value = 'zh-Hant';
      (fr.querySelector('#text') as HTMLTextAreaElement).value = '{name}您好，訂單 {order} 的退款已退回。';
      fr.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitFor(() => rows(root).includes('Refund sent'), 'the new reply listed');
      expect(text(root.querySelector('.status-line'))).to.equal('Saved reply “Refund sent” saved.');
      const added = (await storedReplies()).find((r) => r.title === 'Refund sent');
      expect(added).to.include({ locale: 'zh-Hant', body: '{name}您好，訂單 {order} 的退款已退回。' });
      expect(focused()).to.equal(root.querySelector(`li[data-id="${added!.id}"] .insert`));

      root.querySelector<HTMLButtonElement>(`li[data-id="${added!.id}"] .edit`)!.click();
      const edit = await waitFor(() => root.querySelector('rapport-admin-saved-reply-form'), 'the form');
      await edit.updateComplete;
      const er = edit.shadowRoot!;
      expect(text(er.querySelector('h3'))).to.equal('Edit “Refund sent”');
      expect((er.querySelector('#text') as HTMLTextAreaElement).value).to.equal(added!.body);
      (er.querySelector('#title') as HTMLInputElement).value = 'Refund on its way';
      er.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitFor(() => rows(root).includes('Refund on its way'), 'the rewritten reply listed');
      expect((await storedReplies()).map((r) => [r.id, r.title])).to.deep.include([added!.id, 'Refund on its way']);

      const row = () => root.querySelector(`li[data-id="${added!.id}"]`);
      row()!.querySelector<HTMLButtonElement>('.delete')!.click();
      await waitFor(() => focused() === row()!.querySelector('.confirm'), 'the keyboard on the confirmation');
      expect(text(row()!.querySelector('.row-actions p'))).to.equal('Delete “Refund on its way” for everyone on your team?');
      row()!.querySelector<HTMLButtonElement>('.keep')!.click();
      await waitFor(() => focused() === row()!.querySelector('.delete'), 'kept, the keyboard back on Delete');
      row()!.querySelector<HTMLButtonElement>('.delete')!.click();
      await waitFor(() => row()!.querySelector('.confirm'), 'asked again');
      row()!.querySelector<HTMLButtonElement>('.confirm')!.click();
      await waitFor(() => !row(), 'the reply gone from the list');
      expect(text(root.querySelector('.status-line'))).to.equal('Saved reply “Refund on its way” deleted.');
      expect((await storedReplies()).map((r) => r.title)).to.deep.equal(['Asking for a photo']);
    });

    it('shows no other shop’s saved replies', async function () {
      this.timeout(SETUP_MS);
      const other = await adminShop();
      const theirs = (await other.signIn()).api.area(SavedRepliesApi);
      expect((await theirs.create({ title: 'Their secret macro', body: 'Not yours.', locale: 'en' })).ok).to.equal(true);
      await signIn(); // this shop's agent again (the page's requests are this shop's again)
      const { picker } = await openItem(known.id);
      const root = await openDialog(picker);
      expect(rows(root)).to.deep.equal(['Asking for a photo', 'Replacement on its way', '已补发']);
      expect(text(root)).to.not.contain('Their secret macro');
    });

    it('says when there are none, and when the shop keeps the most it can', async function () {
      this.timeout(30_000);
      await keep([]);
      let { picker } = await openItem(known.id);
      let root = await openDialog(picker);
      expect(text(root.querySelector('#count'))).to.equal('No saved replies yet. Write the answers you give most often once, then insert them here with the customer’s name and order filled in.');
      expect(root.querySelector('li')).to.equal(null);
      unmountAll();
      for (let i = 0; i < SAVED_REPLIES_MAX; i += 20) {
        await Promise.all(Array.from({ length: 20 }, (_, j) => saved.create({ title: `Reply ${i + j}`, body: 'Text', locale: 'en' })));
      }
      ({ picker } = await openItem(known.id));
      root = await openDialog(picker);
      expect(root.querySelector<HTMLButtonElement>('button.new')!.disabled).to.equal(true);
      expect(text(root.querySelector('#count'))).to.equal(`Your shop keeps ${SAVED_REPLIES_MAX} saved replies, the most it can. Delete one to add another.`);
    });

    it('never scrolls sideways at 390 and 1280 px, in English, 简体 and 繁體', async function () {
      this.timeout(60_000);
      await keep([...REPLIES, { title: 'A'.repeat(100), body: 'https://shop.example/' + 'x'.repeat(300), locale: 'zh-Hant' }]);
      for (const width of [390, 1280]) {
        await setViewport({ width, height: 844 });
        for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
          await applyAdminLocale(locale);
          const { picker } = await openItem(known.id);
          const root = await openDialog(picker);
          const dialog = root.querySelector('dialog')!;
          const where = `${locale} ${width}`;
          expect(dialog.getBoundingClientRect().right, where).to.be.at.most(width);
          expect(dialog.scrollWidth, where).to.be.at.most(dialog.clientWidth);
          root.querySelector<HTMLButtonElement>('li .edit')!.click();
          const form = await waitFor(() => root.querySelector('rapport-admin-saved-reply-form'), 'the form');
          await form.updateComplete;
          expect(dialog.scrollWidth, `${where} form`).to.be.at.most(dialog.clientWidth);
          expect(document.documentElement.scrollWidth, where).to.be.at.most(width);
          unmountAll();
        }
      }
    });
  });
});
