import type { Channel, Tx } from '@fidele/db';
import { getCustomerSummary, type CustomerSummary } from '../customers/index.ts';
import { recordMovement } from '../ledger/index.ts';
import { basePurchasePoints } from './base-points.ts';

export type PurchaseLine = { sku: string; category?: string; quantity: number; unitAmount: number };

export type NewPurchase = {
  shopId: string;
  channel: Channel;
  externalId: string;
  customerId?: string;
  amount: number;
  currency: string;
  occurredAt: Date;
  lines?: PurchaseLine[];
};

export type RecordedPurchase = {
  created: boolean;
  purchase: {
    id: string;
    externalId: string;
    pointsEarned: number;
    customer?: CustomerSummary;
  };
};

/**
 * Records a purchase and earns its points, once per (shop, externalId): a resend, even a
 * concurrent one, finds the first purchase and earns nothing.
 */
export const recordPurchase = async (tx: Tx, input: NewPurchase): Promise<RecordedPurchase> => {
  const points = input.customerId ? basePurchasePoints(input.amount, input.currency) : 0;
  // ON CONFLICT waits for a concurrent insert of the same purchase and then does nothing.
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Purchase" ("shopId", "externalId", "customerId", channel, amount, currency, "occurredAt", lines, "pointsEarned")
    VALUES (${input.shopId}::uuid, ${input.externalId}, ${input.customerId ?? null}::uuid,
            ${input.channel}::"Channel", ${input.amount}::int, ${input.currency}, ${input.occurredAt}::timestamptz,
            ${input.lines ? JSON.stringify(input.lines) : null}::jsonb, ${points}::int)
    ON CONFLICT ("shopId", "externalId") DO NOTHING
    RETURNING id`;
  const created = inserted[0];
  if (created && input.customerId && points > 0) {
    await recordMovement(tx, {
      customerId: input.customerId,
      type: 'EARN',
      channel: input.channel,
      points,
      source: { type: 'PURCHASE', id: created.id },
    });
  }
  const purchase = await tx.purchase.findUniqueOrThrow({
    where: { shopId_externalId: { shopId: input.shopId, externalId: input.externalId } },
    select: { id: true, externalId: true, pointsEarned: true, customerId: true },
  });
  const customer = purchase.customerId
    ? await getCustomerSummary(tx, purchase.customerId)
    : undefined;
  return {
    created: Boolean(created),
    purchase: {
      id: purchase.id,
      externalId: purchase.externalId,
      pointsEarned: purchase.pointsEarned,
      ...(customer ? { customer } : {}),
    },
  };
};
