import type { Availability } from '@/components/availability.ts';

export type RewardState = Availability;

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
