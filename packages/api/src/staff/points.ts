import { adjustPoints } from '@fidele/core/ledger';
import { pointsAdjustmentInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

export const pointsRouter = router({
  adjust: staffProcedure('points:adjust')
    .input(pointsAdjustmentInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => adjustPoints(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
