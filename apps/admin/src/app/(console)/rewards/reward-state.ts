import type { BadgeTone } from '@fidele/ui';

export type RewardState = 'live' | 'scheduled' | 'ended' | 'soldOut' | 'archived';

type RewardDates = {
  archivedAt: Date | null;
  validFrom: Date | null;
  validUntil: Date | null;
  stock: number | null;
};

/** Where a reward stands for members today: claimable, not yet, no longer, or hidden. */
export const rewardState = (reward: RewardDates, now = new Date()): RewardState => {
  if (reward.archivedAt) return 'archived';
  if (reward.validFrom && now < reward.validFrom) return 'scheduled';
  if (reward.validUntil && now >= reward.validUntil) return 'ended';
  if (reward.stock === 0) return 'soldOut';
  return 'live';
};

export const rewardStateTone: Record<RewardState, BadgeTone> = {
  live: 'success',
  scheduled: 'info',
  ended: 'neutral',
  soldOut: 'warning',
  archived: 'neutral',
};
