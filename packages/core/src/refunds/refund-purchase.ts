import type { Channel, Prisma, Tx } from '@fidele/db';
import { getCustomerSummary, type CustomerSummary } from '../customers/index.ts';
import { AppError } from '../errors.ts';
import { recordMovement } from '../ledger/index.ts';
import { amountOfReturnedLines, type ReturnedLine, type SoldLine } from './refund-lines.ts';
import { clawbackFor, pointsOwedAfter } from './refund-points.ts';

export type RefundRequest = {
  shopId: string;
  purchaseExternalId: string;
  refund: { externalId: string; amount: number } | { externalId: string; lines: ReturnedLine[] };
  channel: Channel;
};

export type RecordedRefund = {
  created: boolean;
  refund: {
    id: string;
    externalId: string;
    amount: number;
    pointsClawedBack: number;
    /** Points owed back that the customer had already spent (policy CAP_AT_BALANCE). */
    pointsWrittenOff: number;
    customer?: CustomerSummary;
  };
};

type LockedPurchase = {
  id: string;
  customerId: string | null;
  amount: number;
  pointsEarned: number;
  refundedAmount: number;
  pointsClawedBack: number;
  lines: SoldLine[] | null;
};

/**
 * Records a refund of a purchase and takes back the points its refunded part earned, once per
 * (purchase, refund externalId). The purchase row is locked first, so concurrent refunds of one
 * purchase queue and their total can never pass the purchase's amount.
 */
export const refundPurchase = async (tx: Tx, request: RefundRequest): Promise<RecordedRefund> => {
  const [purchase] = await tx.$queryRaw<LockedPurchase[]>`
    SELECT id, "customerId", amount, "pointsEarned", "refundedAmount", "pointsClawedBack", lines
    FROM "Purchase" WHERE "shopId" = ${request.shopId}::uuid AND "externalId" = ${request.purchaseExternalId}
    FOR UPDATE`;
  if (!purchase)
    throw new AppError('not_found', 'purchase_not_found', 'No purchase with this externalId here.');
  const earlier = await tx.refund.findMany({
    where: { purchaseId: purchase.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, externalId: true, amount: true, lines: true, pointsClawedBack: true },
  });
  const customer = async () =>
    purchase.customerId ? { customer: await getCustomerSummary(tx, purchase.customerId) } : {};

  const sameRefund = earlier.findIndex((refund) => refund.externalId === request.refund.externalId);
  if (sameRefund >= 0) {
    const first = earlier[sameRefund]!;
    const refundedBefore = earlier.slice(0, sameRefund).reduce((sum, r) => sum + r.amount, 0);
    const due =
      pointsOwedAfter(purchase, refundedBefore + first.amount) -
      pointsOwedAfter(purchase, refundedBefore);
    return {
      created: false,
      refund: {
        id: first.id,
        externalId: first.externalId,
        amount: first.amount,
        pointsClawedBack: first.pointsClawedBack,
        pointsWrittenOff: due - first.pointsClawedBack,
        ...(await customer()),
      },
    };
  }

  const returnedLines = 'lines' in request.refund ? request.refund.lines : undefined;
  const amount =
    'lines' in request.refund
      ? amountOfReturnedLines(
          purchase.lines ?? undefined,
          request.refund.lines,
          earlier.flatMap((refund) => (refund.lines as ReturnedLine[] | null) ?? []),
        )
      : request.refund.amount;
  if (amount <= 0)
    throw new AppError('bad_request', 'invalid_request', 'amount: a refund must be positive');

  // CAP_AT_BALANCE is the only RefundPolicy: the customer's balance never goes below zero.
  const balance = purchase.customerId ? await lockedBalance(tx, purchase.customerId) : 0;
  const clawback = clawbackFor(purchase, amount, balance);
  const refund = await tx.refund.create({
    data: {
      purchaseId: purchase.id,
      externalId: request.refund.externalId,
      amount,
      lines: (returnedLines as Prisma.InputJsonValue | undefined) ?? undefined,
      pointsClawedBack: clawback.clawedBack,
      // Stamped after the lock, so the order of refunds is the order they were applied in.
      createdAt: new Date(),
    },
    select: { id: true },
  });
  await tx.purchase.update({
    where: { id: purchase.id },
    data: {
      refundedAmount: { increment: amount },
      pointsClawedBack: { increment: clawback.clawedBack },
    },
  });
  if (purchase.customerId && clawback.clawedBack > 0)
    await recordMovement(tx, {
      customerId: purchase.customerId,
      type: 'REVERSAL',
      channel: request.channel,
      points: -clawback.clawedBack,
      source: { type: 'REFUND', id: refund.id },
      reason: clawback.writtenOff
        ? `Refund ${request.refund.externalId}: ${clawback.writtenOff} points already spent, written off`
        : `Refund ${request.refund.externalId}`,
    });
  return {
    created: true,
    refund: {
      id: refund.id,
      externalId: request.refund.externalId,
      amount,
      pointsClawedBack: clawback.clawedBack,
      pointsWrittenOff: clawback.writtenOff,
      ...(await customer()),
    },
  };
};

/** The customer's balance, locked until the transaction ends so the clawback cannot overdraw it. */
const lockedBalance = async (tx: Tx, customerId: string): Promise<number> => {
  const [account] = await tx.$queryRaw<{ balance: number }[]>`
    SELECT balance FROM "Account" WHERE "customerId" = ${customerId}::uuid FOR UPDATE`;
  return account?.balance ?? 0;
};
