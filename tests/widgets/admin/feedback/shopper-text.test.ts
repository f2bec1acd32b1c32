import { expect } from '@esm-bundle/chai';
import type { AdminApi, AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { FeedbackApi } from '../../../../widgets/admin/feedback/feedback-api.ts';
import '../../../../widgets/admin/feedback/rapport-admin-feedback.ts';
import '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import { SettingsApi } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-mail-log.ts';
import { adminShop, mount, unmountAll, type Seeded } from '../helpers.ts';
import { SETUP_MS, waitFor } from '../../helpers.ts';

/** A right-to-left override: what follows it shows reversed ("gnp.exe" reads "exe.png") until the end of its paragraph. */
const RLO = '\u202E';
const WROTE = {
  message: `Mug ${RLO}gnp.exe arrived broken`,
  name: `${RLO}eeL nnA`,
  pageTitle: `Order ${RLO}redro`,
  tag: `${RLO}gat`,
  reply: `${RLO}yrros`,
  line: `${RLO}gum yreware`,
  product: `${RLO}toptae`,
};

/** Every text node under `node` (through shadow roots) that holds an override. */
function overridden(node: Node, out: Text[] = []): Text[] {
  if (node.nodeType === Node.TEXT_NODE && node.textContent!.includes(RLO)) out.push(node as Text);
  if (node instanceof Element && node.shadowRoot) overridden(node.shadowRoot, out);
  node.childNodes.forEach((c) => overridden(c, out));
  return out;
}

/** The nearest element around `text` that isolates its direction (`<bdi>`, `dir`, `unicode-bidi: isolate`). */
function isolation(text: Text): Element | null {
  for (let el = text.parentElement; el; el = el.parentElement) {
    if (['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(el).unicodeBidi)) return el;
  }
  return null;
}

/**
 * Fails unless every override shown under `root` sits in an isolate holding exactly one
 * of the texts shoppers wrote — or one `also` accepts (a mail quoting one).
 */
function expectIsolated(root: Element, where: string, also: (box: Element) => boolean = () => false) {
  const found = overridden(root);
  expect(found.length, `${where}: shopper texts shown`).to.be.greaterThan(0);
  for (const t of found) {
    const box = isolation(t);
    expect(box, `${where}: “${t.textContent}” is isolated`).to.not.equal(null);
    if (also(box!)) continue;
    expect(Object.values(WROTE), `${where}: the isolate holds only what the shopper wrote`).to.include(box!.textContent!.trim());
  }
}

describe('what shoppers wrote, shown in the admin (issue #21)', () => {
  let api: AdminApi;
  let session: AdminSession;
  let item: Seeded;

  before(async function () {
    this.timeout(SETUP_MS);
    const shop = await adminShop();
    const [productId] = await shop.products([{ title: WROTE.product }]);
    await shop.orders([{ number: 'LL-4001', email: 'rlo@example.com', sub: 'rlo', lines: [{ title: WROTE.line, quantity: 1, unitAmount: 1200 }] }]);
    [item] = await shop.seed([{
      kind: 'complaint', text: WROTE.message, customer: { sub: 'rlo', email: 'rlo@example.com', name: WROTE.name },
      context: { pageUrl: 'https://shop.example/orders/LL-4001', pageTitle: WROTE.pageTitle, orderNumber: 'LL-4001', productId },
      tags: [WROTE.tag], messages: [{ author: 'customer', body: WROTE.reply, hoursAgo: 1 }],
    }]);
    await shop.mail([{ to: 'rlo@example.com', subject: `Re: ${WROTE.reply}`, text: WROTE.reply, status: 'kept' }]);
    ({ api, session } = await shop.signIn());
  });
  afterEach(unmountAll);

  it('isolates them in the inbox list', async () => {
    const el = await mount('rapport-admin-inbox', { api: api.area(FeedbackApi), session });
    await waitFor(() => el.shadowRoot!.querySelector('rapport-admin-inbox-table')?.shadowRoot?.querySelector('tbody tr'), 'the list');
    expectIsolated(el, 'inbox');
  });

  it('isolates them in the detail: message, thread, names, page title, order lines, product, tags, notices', async () => {
    const el = await mount('rapport-admin-feedback', { api: api.area(FeedbackApi), session, feedbackId: item.id });
    await waitFor(() => el.shadowRoot!.querySelector('rapport-admin-thread'), 'the detail');
    expectIsolated(el, 'detail');
    const tags = el.shadowRoot!.querySelector('rapport-admin-tags')!.shadowRoot!;
    tags.querySelector<HTMLInputElement>('#new-tag')!.value = `${RLO}wen`;
    tags.querySelector<HTMLButtonElement>('form button')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('.notice bdi'), 'the notice');
    expect(el.shadowRoot!.querySelector('.notice bdi')!.textContent).to.equal(`${RLO}wen`);
  });

  it('isolates them in the mail log', async () => {
    const el = await mount('rapport-admin-mail-log', { api: api.area(SettingsApi) });
    await waitFor(() => el.shadowRoot!.querySelector('table'), 'the mail log');
    // A subject quoting the shopper, and a mail's text (each of its lines a paragraph of its own: an override ends with its line).
    expectIsolated(el, 'mail log', (box) => box.textContent === `Re: ${WROTE.reply}` || box.localName === 'pre');
  });
});
