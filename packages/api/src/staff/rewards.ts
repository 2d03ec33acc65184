import {
  createReward,
  listRewardsForAdmin,
  listTierChoices,
  setRewardArchived,
  toDiscountView,
  updateReward,
} from '@fidele/core/rewards';
import {
  rewardArchiveInput,
  rewardInput,
  rewardListInput,
  rewardUpdateInput,
} from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('rewards:read');
const manager = staffProcedure('programme:manage');

export const rewardsRouter = router({
  /** The catalog with each reward's discount described as tills and the portal receive it. */
  list: reader.input(rewardListInput).query(async ({ ctx, input }) => {
    const rewards = await listRewardsForAdmin(ctx.db, input);
    return rewards.map((reward) => ({ ...reward, discount: toDiscountView(reward) }));
  }),
  /** The tiers a reward may be limited to. */
  tiers: reader.query(({ ctx }) => listTierChoices(ctx.db)),
  create: manager
    .input(rewardInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createReward(tx, { data: input, staffUserId: ctx.staff.id })),
    ),
  update: manager
    .input(rewardUpdateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => updateReward(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  setArchived: manager
    .input(rewardArchiveInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => setRewardArchived(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
