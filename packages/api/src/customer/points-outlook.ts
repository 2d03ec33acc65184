import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import { getPointsOutlook } from '@fidele/core/ledger';
import { customerProcedure } from '../trpc.ts';

/** The signed-in customer's pending points, next expiry and any debt. */
export const pointsOutlook = customerProcedure.query(({ ctx }) =>
  getPointsOutlook(ctx.db, ctx.customer.id, PROGRAMME_TIME_ZONE),
);
