import { expect } from '@esm-bundle/chai';
import { FeedbackApi, type FeedbackDetail } from '../../../../widgets/admin/feedback/feedback-api.ts';
import '../../../../widgets/admin/feedback/rapport-admin-saved-replies.ts';
import type { SavedReplyPickedEvent } from '../../../../widgets/admin/feedback/rapport-admin-saved-replies.ts';
import { fillSavedReply, type SavedReply } from '../../../../widgets/admin/feedback/saved-replies.ts';
import { AXE_MS, adminShop, mount, text, unmountAll } from '../helpers.ts';
import { SETUP_MS, expectAccessible } from '../../helpers.ts';

const reply = (id: string, title: string, body: string, locale: SavedReply['locale'] = 'en'): SavedReply =>
  ({ id, title, body, locale, updatedAt: '2025-05-01T09:00:00Z' });
const REPLIES = [
  reply('r1', 'Replacement on its way', 'Hi {name}, a new one for order {order} ships today ({reference}). — {agent}, {shop}'),
  reply('r2', '已补发', '{name}您好，订单 {order} 的补发今天寄出。', 'zh-Hans'),
  reply('r3', 'Asking for a photo', 'Hi {name}, could you send a photo of the damage?'),
];

describe('saved replies (built, not linked until the server keeps them)', () => {
  /** Items as the real API returns them: a verified customer with an order, and a guest who left only an email. */
  let known: FeedbackDetail;
  let guest: FeedbackDetail;

  before(async function () {
    this.timeout(SETUP_MS);
    const shop = await adminShop();
    await shop.orders([{ number: 'LL-3001', email: 'ann@example.com', sub: 'ann' }]);
    const [a, b] = await shop.seed([
      { kind: 'complaint', text: 'Chipped.', customer: { sub: 'ann', email: 'ann@example.com', name: 'Ann Lee' }, context: { orderNumber: 'LL-3001' } },
      { kind: 'question', text: 'Do you ship to Oslo?', email: 'kari.nordmann@example.com', locale: 'zh-Hans' },
    ]);
    const api = (await shop.signIn()).api.area(FeedbackApi);
    const read = async (id: string) => {
      const res = await api.feedback(id);
      if (!res.ok) throw new Error(res.error.code);
      return res.value;
    };
    [known, guest] = [await read(a.id), await read(b.id)];
  });
  afterEach(unmountAll);

  it('fills in the customer’s name, the order, the reference, the agent and the shop', () => {
    expect(fillSavedReply(REPLIES[0].body, { feedback: known, agent: 'Bo', shop: 'Lumen & Leaf' }))
      .to.equal(`Hi Ann Lee, a new one for order LL-3001 ships today (${known.reference}). — Bo, Lumen & Leaf`);
  });

  it('names a guest by their email, and leaves what it cannot fill as written', () => {
    expect(fillSavedReply(REPLIES[0].body, { feedback: guest }))
      .to.equal(`Hi kari.nordmann, a new one for order {order} ships today (${guest.reference}). — {agent}, {shop}`);
  });

  it('offers the replies in the customer’s language first, and hands the filled-in text to the reply box', async function () {
    this.timeout(AXE_MS);
    const el = await mount('rapport-admin-saved-replies', { replies: REPLIES, feedback: guest, agent: 'Bo' });
    await expectAccessible(el);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(text(select.labels![0])).to.equal('Saved reply');
    expect([...select.options].map(text)).to.deep.equal(['Insert a saved reply…', '已补发', 'Asking for a photo', 'Replacement on its way']);
    const picked = new Promise<SavedReplyPickedEvent>((r) => el.addEventListener('rapport-admin-reply-picked', r));
    select.value = 'r2';
    select.dispatchEvent(new Event('change'));
    expect((await picked).detail.text).to.equal('kari.nordmann您好，订单 {order} 的补发今天寄出。');
    expect(select.value).to.equal('');
  });

  it('says when there are none', async () => {
    const el = await mount('rapport-admin-saved-replies', { replies: [], feedback: known });
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.equal('No saved replies yet.');
  });
});
