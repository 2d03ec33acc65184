import { claimReward, formatCode, listCatalogFor } from '@fidele/core/rewards';
import { myRewardClaimInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

/** Live rewards, with the points still missing for each and whether the tier allows it. */
const catalog = customerProcedure.query(({ ctx }) =>
  listCatalogFor(ctx.db, { customerId: ctx.customer.id }),
);

/** Spends the customer's points on a reward; the new code comes back at once, ready to show. */
const claim = customerProcedure.input(myRewardClaimInput).mutation(async ({ ctx, input }) => {
  const { body } = await claimReward(ctx.db, {
    customerId: ctx.customer.id,
    rewardId: input.rewardId,
    channel: 'APP',
    actor: { type: 'CUSTOMER', id: ctx.customer.id },
  });
  const { pointsBalance: _, ...code } = body;
  return { ...code, formatted: formatCode(code.code) };
});

export const rewardsRouter = router({ catalog, claim });
