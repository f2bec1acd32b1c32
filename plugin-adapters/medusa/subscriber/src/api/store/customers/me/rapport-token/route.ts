/**
 * @module GET /store/customers/me/rapport-token: the logged-in customer's proof for
 * Rapport's widgets (`<rapport-provider customer-token="…">`). Medusa requires a customer
 * session or bearer token on every /store/customers/me route, so only that customer gets it.
 */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mintRapportToken } from "../../../../../lib/rapport"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const secret = process.env.RAPPORT_SHOP_SECRET
  if (!secret) {
    res.status(503).json({ message: "RAPPORT_SHOP_SECRET is not set" })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: req.auth_context.actor_id },
  })
  const customer = data[0] as { id: string; email?: string; first_name?: string; last_name?: string } | undefined
  if (!customer) {
    res.status(404).json({ message: "Customer not found" })
    return
  }
  res.setHeader("Cache-Control", "no-store")
  res.json({ token: mintRapportToken(customer, secret) })
}
