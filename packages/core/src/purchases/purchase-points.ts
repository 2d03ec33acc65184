import { Prisma, type Channel, type Tx } from '@fidele/db';
import { recordMovement } from '../ledger/index.ts';
import { upgradeTier } from '../tiers/index.ts';
import {
  computeEarn,
  grantBonus,
  lockedEarnContext,
  programmeConfig,
  type Basket,
  type ProgrammeSettings,
} from '../earning/index.ts';
import type { NewPurchase } from './record-purchase.ts';

// A receipt's points, claimed by its customer after the purchase (claim-receipt.ts), inside the
// claim's transaction: the same engine, pending period, tier upgrade and new-channel bonus as a
// till's purchase (record-purchase.ts), which makes them in one database function instead.

/**
 * The engine's points for a customer's basket, and the programme's settings they were earned
 * under. The customer's account row is locked first (see `lockedEarnContext`), so two purchases
 * of one customer cannot both pass a daily cap; rules and settings come from memory while the
 * programme's configuration stamp is unchanged (`programmeConfig`).
 */
export const earnForCustomer = async (tx: Tx, customerId: string, basket: Basket) => {
  const context = await lockedEarnContext(tx, customerId, basket);
  const { rules, settings } = await programmeConfig(tx, context.configStamp);
  return { earned: computeEarn(basket, rules, context), settings };
};

const DAY_MS = 86_400_000;

/**
 * Credits the points a purchase earned and moves the customer's tier up if they now qualify, so
 * the till's response already says it. The points stay pending for the programme's pending period
 * (a return within it cancels them before they can be spent), or are spendable at once when it
 * is 0.
 */
export const creditPurchasePoints = async (
  tx: Tx,
  settings: ProgrammeSettings,
  input: {
    customerId: string;
    purchaseId: string;
    channel: Channel;
    points: number;
    reason?: string;
  },
) => {
  const movement = await recordMovement(tx, {
    customerId: input.customerId,
    type: 'EARN',
    channel: input.channel,
    points: input.points,
    source: { type: 'PURCHASE', id: input.purchaseId },
    reason: input.reason,
    qualifying: true,
    pendingUntil:
      settings.pendingDays > 0 ? new Date(Date.now() + settings.pendingDays * DAY_MS) : undefined,
  });
  const upgrade = await upgradeTier(tx, {
    customerId: input.customerId,
    settings,
    movementId: movement.movementId,
  });
  return { ...movement, upgrade };
};

/**
 * Whether the statement recording a customer's purchase records their first on this channel
 * (read with that statement's snapshot, so the purchase itself is not counted). The customer's
 * account row is already locked, so two first purchases cannot both count.
 */
export const firstPurchaseOnChannel = (customerId: string, channel: Channel) => Prisma.sql`
  NOT EXISTS (SELECT 1 FROM "Purchase" p
              WHERE p."customerId" = ${customerId}::uuid AND p.channel = ${channel}::"Channel")`;

/**
 * The bonus for a customer's first purchase in a channel (see `firstPurchaseOnChannel`). It is a
 * movement of its own, not part of `pointsEarned`, which refunds claw back in proportion; the
 * purchase's detail still lists it.
 */
export const newChannelBonus = async (
  tx: Tx,
  purchaseId: string,
  customerId: string,
  input: Pick<NewPurchase, 'channel' | 'occurredAt' | 'shopId'>,
) => {
  const bonus = await grantBonus(tx, {
    customerId,
    kind: 'NEW_CHANNEL_BONUS',
    channel: input.channel,
    at: input.occurredAt,
    shopId: input.shopId,
  });
  if (!bonus) return null;
  const line = {
    step: 'NEW_CHANNEL_BONUS',
    ruleId: bonus.ruleId,
    label: bonus.label,
    points: bonus.points,
  };
  await tx.$executeRaw`
    UPDATE "Purchase" SET "earnDetail" = COALESCE("earnDetail", '[]'::jsonb) || ${JSON.stringify([line])}::jsonb
    WHERE id = ${purchaseId}::uuid`;
  return bonus;
};
