import type { Channel, Db, Tx } from '@fidele/db';
import type { EarnStep } from '../earning/engine.ts';
import { AppError } from '../errors.ts';

/** One line of the basket, as the till sent it (`Purchase.lines`). */
export type MyPurchaseLine = {
  sku: string;
  category?: string;
  quantity: number;
  unitAmount: number;
};

/**
 * One line of how the points were computed (`Purchase.earnDetail`): a step of the earning engine
 * under the rule named `label`, or the first purchase on a channel's bonus added after it.
 */
export type EarnDetailLine = {
  step: EarnStep | 'NEW_CHANNEL_BONUS';
  label: string;
  points: number;
};

export type MyPurchaseRefund = {
  id: string;
  createdAt: Date;
  amount: number;
  pointsClawedBack: number;
};

/** A purchase as its customer reads it: what, where, when, and its points' story. */
export type MyPurchase = {
  id: string;
  shopName: string;
  channel: Channel;
  occurredAt: Date;
  amount: number;
  currency: string;
  lines: MyPurchaseLine[];
  pointsEarned: number;
  earnDetail: EarnDetailLine[];
  refunds: MyPurchaseRefund[];
  /** The points of the purchase not spendable yet, and when they become so. */
  pending: { points: number; until: Date } | null;
};

type MyPurchaseRow = Omit<MyPurchase, 'refunds' | 'pending' | 'lines' | 'earnDetail'> & {
  lines: MyPurchaseLine[] | null;
  earnDetail: EarnDetailLine[] | null;
  refunds: (Omit<MyPurchaseRefund, 'createdAt'> & { createdAt: string })[];
  pendingPoints: number | null;
  pendingUntil: Date | null;
};

/**
 * One of the customer's own purchases with its shop, refunds and pending points, in one
 * statement. Another customer's purchase, or none, is `my_purchase_not_found`: nothing tells
 * them apart.
 */
export const getMyPurchase = async (
  db: Db | Tx,
  options: { customerId: string; purchaseId: string },
): Promise<MyPurchase> => {
  const [row] = await db.$queryRaw<MyPurchaseRow[]>`
    SELECT p.id, s.name AS "shopName", p.channel::text AS channel, p."occurredAt", p.amount,
           p.currency, p.lines, p."pointsEarned", p."earnDetail",
           coalesce((SELECT json_agg(json_build_object(
                               'id', r.id, 'createdAt', r."createdAt", 'amount', r.amount,
                               'pointsClawedBack', r."pointsClawedBack") ORDER BY r."createdAt", r.id)
                     FROM "Refund" r WHERE r."purchaseId" = p.id), '[]') AS refunds,
           pending.points AS "pendingPoints", pending.until AS "pendingUntil"
    FROM "Purchase" p
    JOIN "Shop" s ON s.id = p."shopId"
    -- The purchase's lot, while pending (a refund may have emptied it).
    LEFT JOIN LATERAL (
      SELECT sum(l.remaining)::int AS points, min(l."pendingUntil") AS until FROM "PointLot" l
      WHERE l."sourceType" = 'PURCHASE' AND l."sourceId" = p.id::text
        AND l."pendingUntil" IS NOT NULL AND l.remaining > 0
    ) pending ON true
    WHERE p.id = ${options.purchaseId}::uuid AND p."customerId" = ${options.customerId}::uuid`;
  if (!row) throw new AppError('my_purchase_not_found');
  const { pendingPoints, pendingUntil, refunds, lines, earnDetail, ...purchase } = row;
  return {
    ...purchase,
    lines: lines ?? [],
    earnDetail: earnDetail ?? [],
    refunds: refunds.map((refund) => ({ ...refund, createdAt: new Date(refund.createdAt) })),
    pending:
      pendingPoints !== null && pendingUntil !== null
        ? { points: pendingPoints, until: pendingUntil }
        : null,
  };
};
