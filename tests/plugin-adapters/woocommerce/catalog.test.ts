/**
 * @module WooCommerce customers and products (payloads in the shape of the REST API
 * documentation's examples; the shared fixtures hold only an order) and the plugin's
 * customer token as the identity proof.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { woocommerceAdapter } from '../../../plugin-adapters/index.ts';
import { entitiesOf, refusalOf } from '../helpers.ts';

const customer = {
  id: 25, date_created_gmt: '2017-03-21T19:09:28', date_modified_gmt: '2017-03-21T19:09:30', email: 'John.Doe@Example.com ',
  first_name: 'John', last_name: 'Doe', role: 'customer', username: 'john.doe', billing: { city: 'San Francisco' }, is_paying_customer: false,
};

const product = {
  id: 794, name: 'Premium Quality &amp; Care', slug: 'premium-quality-19', type: 'simple', status: 'publish', catalog_visibility: 'visible',
  sku: 'PQ-19', price: '21.99', regular_price: '21.99', stock_quantity: 7, date_modified_gmt: '2017-03-23T17:01:14',
  categories: [{ id: 9, name: 'Clothing', slug: 'clothing' }, { id: 14, name: 'T-shirts', slug: 't-shirts' }],
  tags: [{ id: 3, name: 'Summer' }],
  images: [{ id: 792, src: 'https://example.com/wp-content/uploads/2017/03/T_2_front-4.jpg' }],
};

/** A token made the way rapport.php mints it: base64url JSON header and claims, HMAC-SHA256 with the shop secret. */
function phpStyleToken(claims: object, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

describe('WooCommerce customers and products', () => {
  it('maps a customer', () => {
    expect(entitiesOf(woocommerceAdapter.mapWebhook('customer.updated', customer))).toEqual([{
      kind: 'customer', platformId: '25', email: 'john.doe@example.com', name: 'John Doe', locale: null, updatedAt: '2017-03-21T19:09:30.000Z',
    }]);
  });

  it('maps a simple product as its own single variant', () => {
    expect(entitiesOf(woocommerceAdapter.mapWebhook('product.updated', product, { shopCurrency: 'EUR' }))).toEqual([{
      kind: 'product', platformId: '794', handle: 'premium-quality-19', title: 'Premium Quality & Care', category: 'Clothing',
      tags: ['Summer'], imageUrl: 'https://example.com/wp-content/uploads/2017/03/T_2_front-4.jpg', published: true,
      updatedAt: '2017-03-23T17:01:14.000Z',
      variants: [{ platformId: '794', sku: 'PQ-19', title: 'Premium Quality & Care', priceAmount: 2199, currency: 'EUR', inventory: 7 }],
    }]);
  });

  it('maps a variable product, a hidden one and one without a price', () => {
    const [variable] = entitiesOf(woocommerceAdapter.mapWebhook('product.created', { ...product, type: 'variable', variations: [795, 796] }));
    expect(variable).toMatchObject({ variants: [], published: true });
    const [hidden] = entitiesOf(woocommerceAdapter.mapWebhook('product.updated', { ...product, catalog_visibility: 'hidden', price: '' }));
    expect(hidden).toMatchObject({ variants: [], published: false });
  });

  it('refuses a priced product without the shop currency, and a product without a slug', () => {
    expect(refusalOf(woocommerceAdapter.mapWebhook('product.updated', product))).toMatchObject({ reason: 'missing-context', path: 'price' });
    const { slug: _slug, ...noSlug } = product;
    expect(refusalOf(woocommerceAdapter.mapWebhook('product.updated', noSlug, { shopCurrency: 'USD' }))).toMatchObject({ reason: 'missing-field', path: 'slug' });
  });

  it('maps deletions of customers and products', () => {
    expect(entitiesOf(woocommerceAdapter.mapWebhook('customer.deleted', { id: 25 }))).toEqual([{ kind: 'removal', entity: 'customer', platformId: '25' }]);
    expect(entitiesOf(woocommerceAdapter.mapWebhook('product.deleted', { id: 794 }))).toEqual([{ kind: 'removal', entity: 'product', platformId: '794' }]);
  });
});

describe("WooCommerce plugin's customer token", () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const exp = Math.floor(now.getTime() / 1000) + 600;

  it('is accepted with the shop secret: the user id, email and name it carries', async () => {
    const token = phpStyleToken({ sub: '25', email: 'John.Doe@example.com', name: 'John Doe', iat: exp - 600, exp }, 'shop-secret');
    expect(await woocommerceAdapter.verifyIdentity({ kind: 'jwt', token }, 'shop-secret', now)).toEqual({
      ok: true, customerId: '25', email: 'john.doe@example.com', name: 'John Doe', expiresAt: '2026-01-01T12:10:00.000Z',
    });
  });

  it('is refused when signed with another secret or expired', async () => {
    const token = phpStyleToken({ sub: '25', exp }, 'other');
    expect(await woocommerceAdapter.verifyIdentity({ kind: 'jwt', token }, 'shop-secret', now)).toMatchObject({ ok: false, reason: 'bad-signature' });
    const old = phpStyleToken({ sub: '25', exp: exp - 3600 }, 'shop-secret');
    expect(await woocommerceAdapter.verifyIdentity({ kind: 'jwt', token: old }, 'shop-secret', now)).toMatchObject({ ok: false, reason: 'expired' });
  });
});
