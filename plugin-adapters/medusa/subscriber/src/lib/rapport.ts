/**
 * @module Rapport for a Medusa v2 backend: sends an event to Rapport signed with the
 * shop secret (Rapport's scheme: `X-Rapport-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<event id>.<body>">`), and mints the customer token for the storefront.
 * Only node:crypto and fetch: this file is copied into the Medusa project as is.
 *
 * Settings (the Medusa project's environment):
 *   RAPPORT_WEBHOOK_URL  https://rapport.example/webhooks/medusa/<shop id>
 *   RAPPORT_SHOP_SECRET  the shop's signing secret (printed by npm run rapport -- shop:create)
 */
import { createHmac } from "node:crypto"

export interface RapportDelivery {
  /** Medusa's event name, e.g. "order.placed". */
  topic: string
  /** The order or customer as Medusa returns it. */
  data: unknown
  /** The same for a retry of the same event, so Rapport stores it once. */
  eventId: string
}

export interface SignedRequest {
  body: string
  headers: Record<string, string>
}

/** The body and headers of one delivery, signed at `now`. */
export function signRapportDelivery(delivery: RapportDelivery, secret: string, now = new Date()): SignedRequest {
  const body = JSON.stringify({ topic: delivery.topic, data: delivery.data })
  const timestamp = String(Math.floor(now.getTime() / 1000))
  const signature = createHmac("sha256", secret).update(`${timestamp}.${delivery.eventId}.${body}`).digest("hex")
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-rapport-signature": `sha256=${signature}`,
      "x-rapport-timestamp": timestamp,
      "x-rapport-event-id": delivery.eventId,
    },
  }
}

/** An event id that a retry of the same change repeats: topic, resource id and its update time. */
export function rapportEventId(topic: string, resource: { id: string; updated_at?: string | Date | null }): string {
  const at = resource.updated_at ? new Date(resource.updated_at).toISOString() : "0"
  return `${topic}:${resource.id}:${at}`.replace(/[^\x21-\x7e]/g, "_").slice(0, 200)
}

/**
 * Posts one delivery. Throws on a network error or a non-2xx answer, so Medusa's event
 * module retries the subscriber (the event id keeps a retry from counting twice).
 */
export async function forwardToRapport(
  delivery: RapportDelivery,
  settings = { url: process.env.RAPPORT_WEBHOOK_URL ?? "", secret: process.env.RAPPORT_SHOP_SECRET ?? "" },
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  if (!settings.url || !settings.secret) throw new Error("Set RAPPORT_WEBHOOK_URL and RAPPORT_SHOP_SECRET")
  const request = signRapportDelivery(delivery, settings.secret)
  const res = await fetchImpl(settings.url, { method: "POST", headers: request.headers, body: request.body })
  if (!res.ok) throw new Error(`Rapport answered ${res.status} for ${delivery.topic}`)
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url")
}

/**
 * The storefront's proof of who is logged in: an HS256 JWT (sub = Medusa customer id,
 * email, name) signed with the shop secret, valid for 10 minutes.
 */
export function mintRapportToken(
  customer: { id: string; email?: string | null; first_name?: string | null; last_name?: string | null },
  secret: string,
  now = new Date(),
): string {
  const iat = Math.floor(now.getTime() / 1000)
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  const claims = { sub: customer.id, platform: 'medusa', email: customer.email ?? undefined, name: name || undefined, iat, exp: iat + 600 }
  const unsigned = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${base64url(JSON.stringify(claims))}`
  return `${unsigned}.${base64url(createHmac("sha256", secret).update(unsigned).digest())}`
}
