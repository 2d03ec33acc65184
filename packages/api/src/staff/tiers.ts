import { listTiers, saveTierLadder } from '@fidele/core/tiers';
import { tierLadderInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

export const tiersRouter = router({
  list: staffProcedure('customers:read').query(({ ctx }) => listTiers(ctx.db)),
  save: staffProcedure('programme:manage')
    .input(tierLadderInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        saveTierLadder(tx, { tiers: input.tiers, staffUserId: ctx.staff.id }),
      ),
    ),
});
