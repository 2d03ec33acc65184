import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';

export type CatalogReward = inferRouterOutputs<CustomerRouter>['rewards']['catalog'][number];

/** Where a reward stands for this customer: claim now, keep collecting, or not for them now. */
export type RewardStanding = 'claimable' | 'later' | 'outOfStock' | 'tierLocked';

export const standingOf = (reward: CatalogReward): RewardStanding => {
  if (!reward.tierAllows) return 'tierLocked';
  if (reward.stock === 0) return 'outOfStock';
  return reward.pointsMissing > 0 ? 'later' : 'claimable';
};
