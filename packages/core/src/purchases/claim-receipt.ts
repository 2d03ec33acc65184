import { Prisma, type Channel, type Tx } from '@fidele/db';
import { customerActivityUpdate } from '../activity/index.ts';
import { qualifyClaimedPurchase } from '../referrals/qualify-referral.ts';
import { AppError } from '../errors.ts';
import { pointsOwedAfter } from '../refunds/index.ts';
import { getProgrammeSettings } from '../earning/index.ts';
import { isWellFormedClaimCode, normalizeClaimCode } from './claim-code.ts';
import {
  creditPurchasePoints,
  earnForCustomer,
  firstPurchaseOnChannel,
  newChannelBonus,
} from './purchase-points.ts';
import type { PurchaseLine } from './record-purchase.ts';

export type ClaimedReceipt = {
  purchase: { id: string; shopName: string; amount: number; currency: string; occurredAt: Date };
  /** Points credited now: what the purchase earns this customer, less any part already refunded. */
  pointsEarned: number;
  pointsBalance: number;
};

type ClaimablePurchase = {
  id: string;
  shopId: string;
  shopName: string;
  customerId: string | null;
  channel: Channel;
  amount: number;
  currency: string;
  occurredAt: Date;
  lines: PurchaseLine[] | null;
  refundedAmount: number;
};

const DAY_MS = 86_400_000;

/**
 * Gives a customer the points of a purchase recorded without them, from the code on its receipt,
 * once and within the programme's claim window. The purchase row is locked, and the update only
 * applies while the purchase has no customer, so of two customers claiming one receipt at the
 * same moment exactly one gets the points.
 */
export const claimReceipt = async (
  tx: Tx,
  input: { customerId: string; claimCode: string; now: Date },
): Promise<ClaimedReceipt> => {
  const code = normalizeClaimCode(input.claimCode);
  if (!isWellFormedClaimCode(code)) throw new AppError('claim_code_mistyped');
  // The purchase's row alone is locked, and the shop joined to what the lock returns (a locking
  // scan with a join re-checks the join against rows read before the wait).
  const [purchase] = await tx.$queryRaw<ClaimablePurchase[]>`
    WITH locked AS (
      SELECT id, "shopId", "customerId", channel, amount, currency, "occurredAt", lines, "refundedAmount"
      FROM "Purchase" WHERE "claimCode" = ${code}
      FOR UPDATE
    )
    SELECT p.*, s.name AS "shopName" FROM locked p JOIN "Shop" s ON s.id = p."shopId"`;
  if (!purchase) throw new AppError('receipt_not_found');
  if (purchase.customerId) throw new AppError('receipt_already_claimed');
  const settings = await getProgrammeSettings(tx);
  const { receiptClaimDays } = settings;
  if (input.now.getTime() > purchase.occurredAt.getTime() + receiptClaimDays * DAY_MS)
    throw new AppError(
      'receipt_claim_expired',
      `Receipts can be claimed within ${receiptClaimDays} days of the purchase.`,
    );
  if (purchase.amount > 0 && purchase.refundedAmount >= purchase.amount)
    throw new AppError('receipt_refunded');

  const { earned } = await earnForCustomer(tx, input.customerId, {
    channel: purchase.channel,
    shopId: purchase.shopId,
    amount: purchase.amount,
    currency: purchase.currency,
    occurredAt: purchase.occurredAt,
    lines: purchase.lines ?? undefined,
  });
  // A part refunded before the claim never earns: its points count as already taken back, so
  // later refunds of this purchase keep to floor(P × refunded / amount) in total.
  const refundedPoints = pointsOwedAfter(
    { amount: purchase.amount, pointsEarned: earned.points },
    purchase.refundedAmount,
  );
  const claimed = await tx.$queryRaw<{ id: string; firstOnChannel: boolean }[]>`
    WITH claimed AS (
      UPDATE "Purchase"
      SET "customerId" = ${input.customerId}::uuid, "claimedAt" = ${input.now}::timestamptz,
          "pointsEarned" = ${earned.points}::int, "pointsClawedBack" = ${refundedPoints}::int,
          "earnDetail" = ${JSON.stringify(earned.lines)}::jsonb
      WHERE "claimCode" = ${code} AND "customerId" IS NULL
      RETURNING id
    ), activity AS (${customerActivityUpdate({
      customerId: input.customerId,
      channel: purchase.channel,
      purchasedAt: purchase.occurredAt,
      onlyIf: Prisma.sql`EXISTS (SELECT 1 FROM claimed)`,
    })})
    SELECT id, ${firstPurchaseOnChannel(input.customerId, purchase.channel)} AS "firstOnChannel"
    FROM claimed`;
  if (claimed.length === 0) throw new AppError('receipt_already_claimed');
  const points = earned.points - refundedPoints;
  const earnedBalance =
    points > 0
      ? (
          await creditPurchasePoints(tx, settings, {
            customerId: input.customerId,
            purchaseId: purchase.id,
            channel: purchase.channel,
            points,
            reason: 'Receipt claimed',
          })
        ).balance
      : (await tx.account.findUniqueOrThrow({ where: { customerId: input.customerId } })).balance;
  const bonus = claimed[0]!.firstOnChannel
    ? await newChannelBonus(tx, purchase.id, input.customerId, purchase)
    : null;
  const pointsBalance = bonus?.balance ?? earnedBalance;
  await qualifyClaimedPurchase(tx, {
    customerId: input.customerId,
    purchaseId: purchase.id,
    sale: { ...purchase, amount: purchase.amount - purchase.refundedAmount },
  });
  return {
    purchase: {
      id: purchase.id,
      shopName: purchase.shopName,
      amount: purchase.amount,
      currency: purchase.currency,
      occurredAt: purchase.occurredAt,
    },
    pointsEarned: points,
    pointsBalance,
  };
};
