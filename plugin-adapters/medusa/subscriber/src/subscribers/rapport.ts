/**
 * @module Medusa v2 subscriber: forwards order, fulfillment and customer events to
 * Rapport. For an order event it reads the order the way the store API shows it
 * (getOrderDetailWorkflow, the shape Rapport's Medusa adapter maps) and sends the whole
 * order, so every parcel event also brings the latest state of the order.
 */
import type { MedusaContainer, SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { forwardToRapport, rapportEventId } from "../lib/rapport"

const ORDER_FIELDS = [
  "id", "display_id", "email", "customer_id", "currency_code", "status", "created_at", "updated_at", "canceled_at",
  "item_subtotal", "subtotal", "discount_subtotal", "discount_total", "shipping_total", "tax_total", "total",
  "shipping_address.postal_code", "items.*", "fulfillments.*", "fulfillments.labels.*", "fulfillments.items.*",
  "customer.id", "customer.email", "customer.first_name", "customer.last_name", "customer.updated_at",
]
const CUSTOMER_FIELDS = ["id", "email", "first_name", "last_name", "updated_at"]

type EventData = { id?: string; order_id?: string; fulfillment_id?: string }

/** The order an event is about: order events carry its id; parcel events carry the fulfillment's. */
async function orderIdOf(name: string, data: EventData, container: MedusaContainer): Promise<string | undefined> {
  if (name.startsWith("order.")) return data.order_id ?? data.id
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: data.id ?? data.fulfillment_id },
  })
  return (links[0] as { order_id?: string } | undefined)?.order_id
}

export default async function rapportForwarder({ event, container }: SubscriberArgs<EventData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (event.name === "customer.deleted") {
    const id = event.data.id ?? ""
    await forwardToRapport({ topic: event.name, data: { id }, eventId: `${event.name}:${id}` })
    return
  }
  if (event.name.startsWith("customer.")) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: CUSTOMER_FIELDS, filters: { id: event.data.id } })
    const customer = data[0] as { id: string; updated_at?: string } | undefined
    if (customer) await forwardToRapport({ topic: event.name, data: customer, eventId: rapportEventId(event.name, customer) })
    return
  }
  const orderId = await orderIdOf(event.name, event.data, container)
  if (!orderId) {
    logger.warn(`Rapport: no order found for ${event.name}`)
    return
  }
  const { result: order } = await getOrderDetailWorkflow(container).run({ input: { order_id: orderId, fields: ORDER_FIELDS } })
  await forwardToRapport({ topic: event.name, data: order, eventId: rapportEventId(event.name, order as { id: string; updated_at?: string }) })
}

export const config: SubscriberConfig = {
  event: [
    "order.placed", "order.updated", "order.completed", "order.canceled",
    "order.fulfillment_created", "order.fulfillment_canceled", "shipment.created", "delivery.created",
    "customer.created", "customer.updated", "customer.deleted",
  ],
}
