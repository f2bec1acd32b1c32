/**
 * @module Identity: who the shopper is — the store's signed proof swapped for a Rapport
 * session (`POST /v1/identity/exchange`), and customers with their platform identities.
 */
import type { Feature } from '../kernel/http/router.ts';
import { identityRoutes } from './routes.ts';

export const identity: Feature = { name: 'identity', routes: identityRoutes };

export {
  countCustomers, findCustomer, findCustomerByEmail, findPlatformCustomer, insertCustomersWithIdentities, listPlatformCustomers,
  upsertCustomerByIdentity, type Customer, type NewPlatformCustomer, type Platform, type PlatformCustomer,
} from './db.ts';
export { verifyStorefrontToken, PROOF_MAX_SECONDS, type StorefrontClaims } from './proof.ts';
