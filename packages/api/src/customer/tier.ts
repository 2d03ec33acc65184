import { getTierStatus, markTierCelebrated } from '@fidele/core/tiers';
import { tierCelebrationInput } from '@fidele/validators';
import { customerProcedure } from '../trpc.ts';

/** The signed-in customer's tier, their progress to the next one, the ladder and their history. */
export const tier = customerProcedure.query(({ ctx }) => getTierStatus(ctx.db, ctx.customer.id));

/** She has seen the celebration of a tier reached: no device shows it again. */
export const tierCelebrated = customerProcedure
  .input(tierCelebrationInput)
  .mutation(({ ctx, input }) =>
    markTierCelebrated(ctx.db, { customerId: ctx.customer.id, changeId: input.changeId }),
  );
