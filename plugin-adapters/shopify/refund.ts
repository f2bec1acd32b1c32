/**
 * @module Shopify refunds → canonical: the money returned (successful refund
 * transactions), the refunded lines, the note as the reason. Used for refunds/create and
 * for the refunds inside an order.
 */
import { z } from 'zod';
import type { CanonicalRefund } from '../canonical.ts';
import { currencyAt, decimal, instant, minorUnits, platformId, type Path } from '../shared/payload.ts';
import { textOrNull } from '../shared/text.ts';

export const ShopifyRefund = z.object({
  id: platformId,
  order_id: platformId,
  created_at: instant,
  processed_at: instant.nullish(),
  note: z.string().nullish(),
  restock: z.boolean().nullish(),
  refund_line_items: z.array(z.object({
    id: platformId,
    line_item_id: platformId,
    quantity: z.number().int().nonnegative(),
    subtotal: decimal.nullish(),
    total_tax: decimal.nullish(),
  })),
  transactions: z.array(z.object({
    kind: z.string(),
    status: z.string().nullish(),
    amount: decimal,
    currency: z.string().nullish(),
  })).nullish(),
});

/**
 * `path` is where the refund sits in the payload; `orderCurrency` (an order's own currency,
 * or the shop's) serves when no transaction says which currency was refunded.
 */
export function mapShopifyRefund(r: z.output<typeof ShopifyRefund>, path: Path, orderCurrency: string | null): CanonicalRefund {
  const refunds = (r.transactions ?? [])
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.kind === 'refund' && (t.status ?? 'success') === 'success');
  const stated = refunds.find(({ t }) => t.currency)?.t.currency;
  const currency = stated
    ? currencyAt(stated, [...path, 'transactions'])
    : currencyAt(orderCurrency ?? '', [...path, 'transactions']);
  const amount = refunds.reduce((sum, { t, i }) => sum + minorUnits(t.amount, currency, [...path, 'transactions', i, 'amount']), 0);
  return {
    kind: 'refund',
    platformId: r.id,
    orderRef: r.order_id,
    currency,
    amount,
    reason: textOrNull(r.note),
    restock: r.restock ?? false,
    createdAt: r.processed_at ?? r.created_at,
    lines: r.refund_line_items.map((line, i) => ({
      platformId: line.id,
      lineRef: line.line_item_id,
      quantity: line.quantity,
      subtotalAmount: line.subtotal == null ? null : minorUnits(line.subtotal, currency, [...path, 'refund_line_items', i, 'subtotal']),
      taxAmount: line.total_tax == null ? null : minorUnits(line.total_tax, currency, [...path, 'refund_line_items', i, 'total_tax']),
    })),
  };
}
