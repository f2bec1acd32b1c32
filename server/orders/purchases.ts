/**
 * @module Orders as interactions: each line of a paid order becomes a purchase in the
 * interaction log (the same ingest as the widgets' events), so recommendations learn from
 * real orders. Event ids derive from the order and line, so recording an order again — a
 * seed, an import, a replayed webhook — stores nothing twice.
 */
import { recordServerEvents, type EventInput } from '../interactions/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import { stableUuid } from '../kernel/ids.ts';
import type { OrderLine, OrderStatus } from './db.ts';

/** Orders that never became a sale teach nothing. */
const NOT_SOLD: ReadonlySet<OrderStatus> = new Set(['unpaid', 'cancelled']);

export interface SoldOrder {
  id: string;
  number: string;
  customerId: string | null;
  status: OrderStatus;
  placedAt: Date;
  lines: OrderLine[];
}

/** The purchase events of one order (none for an unpaid or cancelled order, nor for lines of no product). */
export function purchaseEvents(order: SoldOrder): EventInput[] {
  if (NOT_SOLD.has(order.status)) return [];
  return order.lines
    .filter((l) => l.productId)
    .map((l) => ({
      id: stableUuid(`purchase:${order.id}:${l.id}`), kind: 'purchase' as const, at: order.placedAt.getTime(), product: l.productId!,
      ...(l.variantId ? { variant: l.variantId } : {}),
      data: { quantity: l.quantity, order: order.number, amount: l.unitAmount * l.quantity },
    }));
}

/** Records the purchases of customers' orders (a guest's order is linked to nobody and teaches the model nothing). */
export async function recordPurchases(sql: Sql, shopId: string, orders: SoldOrder[]): Promise<number> {
  let stored = 0;
  for (const order of orders) {
    const events = purchaseEvents(order);
    if (!events.length || !order.customerId) continue;
    const receipt = await recordServerEvents(sql, shopId, { person: { customerId: order.customerId, visitorId: null }, events });
    stored += receipt.accepted;
  }
  return stored;
}
