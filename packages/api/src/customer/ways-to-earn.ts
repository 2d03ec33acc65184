import { getWaysToEarn } from '@fidele/core/ways-to-earn';
import { customerProcedure } from '../trpc.ts';

/** Every way the signed-in customer can earn points now, from the programme's rules. */
export const waysToEarn = customerProcedure.query(({ ctx }) =>
  getWaysToEarn(ctx.db, ctx.customer.id),
);
