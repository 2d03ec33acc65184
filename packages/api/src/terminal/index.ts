import { router } from '../trpc.ts';
import { enrolCustomer, lookupCustomer } from './customers.ts';
import { health } from './health.ts';
import { createPurchase } from './purchases.ts';

/** The POS and e-shop surface, published as REST under /api/v1 (POS-API.md). */
export const terminalRouter = router({
  health,
  customers: router({ lookup: lookupCustomer, enrol: enrolCustomer }),
  purchases: router({ create: createPurchase }),
});

export type TerminalRouter = typeof terminalRouter;
export { terminalOpenApiDocument } from './openapi.ts';
export { restRoutes } from './rest-routes.ts';
export type { RestRoute } from './rest-routes.ts';
