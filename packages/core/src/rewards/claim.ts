import type { ActorType, Channel, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import { recordMovement } from '../ledger/index.ts';
import { usableOn } from './discount.ts';
import { type IssuedCode, issueCode } from './issue-code.ts';
import { discountTermsSelect } from './terms.ts';

const DAY_MS = 86_400_000;

export const rewardNotFound = () => new AppError('reward_not_found');

/**
 * Turns points into a discount code, in the caller's transaction: the points leave through the
 * ledger (refused with `insufficient_points` when short), the stock drops by one (refused with
 * `reward_out_of_stock` at zero), and the code is issued with the reward's terms of today.
 */
export const claimReward = async (
  tx: Tx,
  input: {
    customerId: string;
    rewardId: string;
    channel: Channel;
    actor: { type: ActorType; id?: string };
    shopId?: string;
    now?: Date;
  },
): Promise<IssuedCode> => {
  const now = input.now ?? new Date();
  const reward = await tx.reward.findUnique({
    where: { id: input.rewardId },
    select: {
      id: true,
      pointsCost: true,
      stock: true,
      archivedAt: true,
      validityDays: true,
      validFrom: true,
      validUntil: true,
      minTier: { select: { rank: true, name: true } },
      ...discountTermsSelect,
    },
  });
  if (!reward || reward.archivedAt) throw rewardNotFound();
  // The portal claims for any channel (the customer uses the code later); a till or the e-shop
  // only claims what it can redeem itself.
  if (
    (input.channel === 'STORE' || input.channel === 'ESHOP') &&
    !usableOn(reward.channels, input.channel)
  )
    throw new AppError('reward_not_valid_on_channel');
  if (
    (reward.validFrom && now < reward.validFrom) ||
    (reward.validUntil && now >= reward.validUntil)
  )
    throw new AppError('reward_not_available');
  if (reward.minTier) {
    const customer = await tx.customer.findUniqueOrThrow({
      where: { id: input.customerId },
      select: { tier: { select: { rank: true } } },
    });
    if (customer.tier.rank < reward.minTier.rank)
      throw new AppError(
        'tier_too_low',
        `This reward is for ${reward.minTier.name} members and above.`,
      );
  }
  const code = await issueCode(tx, {
    customerId: input.customerId,
    terms: reward,
    source: { rewardId: reward.id, pointsCost: reward.pointsCost },
    validFrom: now,
    validUntil: reward.validityDays
      ? new Date(now.getTime() + reward.validityDays * DAY_MS)
      : reward.validUntil!,
    channel: input.channel,
    shopId: input.shopId,
    actor: input.actor,
  });
  await recordMovement(tx, {
    customerId: input.customerId,
    type: 'REDEEM',
    channel: input.channel,
    points: -reward.pointsCost,
    source: { type: 'DISCOUNT_CODE', id: code.id },
  });
  // Last, so the lock on the reward's row (shared by every claimer) is held the shortest time.
  if (reward.stock !== null) {
    const taken = await tx.$executeRaw`
      UPDATE "Reward" SET stock = stock - 1 WHERE id = ${reward.id}::uuid AND stock > 0`;
    if (!taken) throw new AppError('reward_out_of_stock');
  }
  return code;
};
