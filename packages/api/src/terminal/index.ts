import { router } from '../trpc.ts';
import { enrolCustomer, lookupCustomer } from './customers.ts';
import { health } from './health.ts';
import { quote } from './baskets.ts';
import { redeem, rollback, validate } from './codes.ts';
import { createPurchase } from './purchases.ts';
import { createRefund } from './refunds.ts';
import { checkIn } from './invitations.ts';
import { claimOfferAtTerminal, customerOffers } from './offers.ts';
import { claimRewardAtTerminal, customerRewards } from './rewards.ts';

/** The POS and e-shop surface, published as REST under /api/v1 (docs/pos-api.md). */
export const terminalRouter = router({
  health,
  customers: router({
    lookup: lookupCustomer,
    enrol: enrolCustomer,
    rewards: customerRewards,
    claimReward: claimRewardAtTerminal,
    offers: customerOffers,
    claimOffer: claimOfferAtTerminal,
  }),
  purchases: router({ create: createPurchase, refund: createRefund }),
  baskets: router({ quote }),
  codes: router({ validate, redeem }),
  redemptions: router({ rollback }),
  invitations: router({ checkIn }),
});

export type TerminalRouter = typeof terminalRouter;
export { described, terminalOpenApiDocument } from './openapi.ts';
export { errorResponses, EVERY_REQUEST, REPLAYED } from './error-responses.ts';
export { restRoutes } from './rest-routes.ts';
export type { RestRoute } from './rest-routes.ts';
