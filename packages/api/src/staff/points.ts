import { getProgrammeSettings } from '@fidele/core/earning';
import { adjustPoints } from '@fidele/core/ledger';
import { upgradeTier } from '@fidele/core/tiers';
import { pointsAdjustmentInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

export const pointsRouter = router({
  adjust: staffProcedure('points:adjust')
    .input(pointsAdjustmentInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const adjusted = await adjustPoints(tx, { ...input, staffUserId: ctx.staff.id });
        // A qualifying credit counts towards the tier like a purchase: up at once.
        if (input.qualifying && input.points > 0)
          await upgradeTier(tx, {
            customerId: input.customerId,
            settings: await getProgrammeSettings(tx),
            movementId: adjusted.movementId,
          });
        return adjusted;
      }),
    ),
});
