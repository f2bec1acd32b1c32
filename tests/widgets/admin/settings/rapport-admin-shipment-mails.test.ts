import { expect } from '@esm-bundle/chai';
import { type ShipmentMailSettings } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-shipment-mails.ts';
import { sectionBench } from './section-bench.ts';
import type { RapportAdminShipmentMails } from '../../../../widgets/admin/settings/rapport-admin-shipment-mails.ts';
import { AXE_MS, text } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

const off: ShipmentMailSettings = { shipped: false, outForDelivery: false, delivered: false, delayed: false };
const root = (el: RapportAdminShipmentMails) => el.shadowRoot!;
const input = (el: RapportAdminShipmentMails, sel: string) => root(el).querySelector<HTMLInputElement>(sel)!;
const submit = (el: RapportAdminShipmentMails) => root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();

describe('<rapport-admin-shipment-mails>', () => {
  const bench = sectionBench('rapport-admin-shipment-mails', (api) => api.saveShipmentMails(off));
  const form = () => bench.form();

  it('has no axe violations', async function () {
    this.timeout(AXE_MS);
    await expectAccessible(await form());
  });

  it('shows four switches, all off for a new shop, and the order-status page field', async () => {
    const el = await form();
    const switches = [...root(el).querySelectorAll<HTMLInputElement>('input[role=switch]')];
    expect(switches.map((s) => [text(s.closest('label')), s.checked])).to.deep.equal([
      ['Shipped', false], ['Out for delivery', false], ['Delivered', false], ['Delayed', false],
    ]);
    expect(input(el, '#page-url').value).to.equal('');
    expect(text(root(el).querySelector('label[for=page-url]'))).to.equal('Order-status page');
  });

  it('saves the switches and the page together and says so', async () => {
    const el = await form();
    input(el, 'input[value=shipped]').click();
    input(el, 'input[value=delivered]').click();
    input(el, '#page-url').value = 'https://store.example/pages/track';
    submit(el);
    await waitFor(() => text(root(el).querySelector('[role=status]')) === 'Saved.', 'the saved notice');
    const expected = { shipped: true, outForDelivery: false, delivered: true, delayed: false, trackingPageUrl: 'https://store.example/pages/track' };
    const [saved] = await bench.shop.requests({ method: 'PUT', path: '/v1/admin/settings/shipment-mails' });
    expect(saved.body).to.deep.equal(expected);
    const now = await bench.api.shipmentMails();
    expect(now.ok && now.value).to.deep.equal(expected);
  });

  it('refuses a page address that is not http(s) before sending, and shows why a save failed', async () => {
    const el = await form();
    input(el, '#page-url').value = 'javascript:alert(1)';
    submit(el);
    await waitFor(() => root(el).querySelector('[role=alert]'), 'the form error');
    expect(text(root(el).querySelector('[role=alert]'))).to.equal('Enter a full address that starts with https:// or http://, or leave it empty.');
    expect(await bench.shop.requests({ method: 'PUT' })).to.deep.equal([]);
    await bench.shop.fault('down', { path: '/v1/admin/settings/shipment-mails' });
    input(el, '#page-url').value = '';
    input(el, '#page-url').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    submit(el);
    await waitFor(() => text(root(el).querySelector('[role=alert]')) === 'Rapport is restarting. Try again in a moment.', 'the server error');
  });
});
