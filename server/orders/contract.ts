/**
 * @module Contract: what a shopper may see of their own orders (the order tracker issue
 * extends this). Widgets import the types.
 */
import { z } from '@hono/zod-openapi';

export const OrderNumberParam = z.object({ number: z.string().trim().min(1).max(100) });

export const OrderSummaryView = z
  .object({
    number: z.string(),
    status: z.string(),
    placedAt: z.iso.datetime(),
    currency: z.string(),
    totalAmount: z.number().int(),
    lines: z.array(z.object({ title: z.string(), quantity: z.number().int() })),
  })
  .openapi('OrderSummary');
export type OrderSummaryView = z.infer<typeof OrderSummaryView>;
