import { getTierStatus } from '@fidele/core/tiers';
import { customerProcedure } from '../trpc.ts';

/** The signed-in customer's tier, their progress to the next one, the ladder and their history. */
export const tier = customerProcedure.query(({ ctx }) => getTierStatus(ctx.db, ctx.customer.id));
