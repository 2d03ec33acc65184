import { randomUUID } from 'node:crypto';
import type { Channel, Prisma, Tx } from '@fidele/db';
import { getCustomerSummary, type CustomerSummary } from '../customers/index.ts';
import { AppError } from '../errors.ts';
import { getProgrammeSettings } from '../earning/index.ts';
import { recordMovement } from '../ledger/index.ts';
import { amountOfReturnedLines, type ReturnedLine, type SoldLine } from './refund-lines.ts';
import { pointsDueFor } from './refund-points.ts';

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
    /** Points owed back that the customer had already spent and keeps (policy CAP_AT_BALANCE). */
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
  if (!purchase) throw new AppError('purchase_not_found');
  const earlier = await tx.refund.findMany({
    where: { purchaseId: purchase.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      externalId: true,
      amount: true,
      lines: true,
      pointsClawedBack: true,
      pointsWrittenOff: true,
    },
  });
  const customer = async () =>
    purchase.customerId ? { customer: await getCustomerSummary(tx, purchase.customerId) } : {};

  const sameRefund = earlier.findIndex((refund) => refund.externalId === request.refund.externalId);
  if (sameRefund >= 0) {
    const first = earlier[sameRefund]!;
    return {
      created: false,
      refund: {
        id: first.id,
        externalId: first.externalId,
        amount: first.amount,
        pointsClawedBack: first.pointsClawedBack,
        pointsWrittenOff: first.pointsWrittenOff,
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
  if (amount <= 0) throw new AppError('invalid_request', 'amount: a refund must be positive');

  const refundId = randomUUID();
  const due = pointsDueFor(purchase, amount);
  const clawback =
    purchase.customerId && due > 0
      ? await takeBackPoints(tx, {
          customerId: purchase.customerId,
          purchaseId: purchase.id,
          refundId,
          points: due,
          channel: request.channel,
          label: `Refund ${request.refund.externalId}`,
        })
      : { clawedBack: 0, writtenOff: due };
  await tx.refund.create({
    data: {
      id: refundId,
      purchaseId: purchase.id,
      externalId: request.refund.externalId,
      amount,
      lines: (returnedLines as Prisma.InputJsonValue | undefined) ?? undefined,
      pointsClawedBack: clawback.clawedBack,
      pointsWrittenOff: clawback.writtenOff,
      // Stamped after the lock, so the order of refunds is the order they were applied in.
      createdAt: new Date(),
    },
  });
  await tx.purchase.update({
    where: { id: purchase.id },
    data: {
      refundedAmount: { increment: amount },
      pointsClawedBack: { increment: clawback.clawedBack },
    },
  });
  return {
    created: true,
    refund: {
      id: refundId,
      externalId: request.refund.externalId,
      amount,
      pointsClawedBack: clawback.clawedBack,
      pointsWrittenOff: clawback.writtenOff,
      ...(await customer()),
    },
  };
};

/**
 * Takes back the points a refund owes, through one REVERSAL: first from the purchase's own lot
 * (while still pending, that cancels the pending points), then from the spendable balance. What
 * the customer no longer holds follows the programme's refund policy: written off
 * (CAP_AT_BALANCE) or owed as a debt that their next earnings repay (DEBT).
 */
const takeBackPoints = async (
  tx: Tx,
  input: {
    customerId: string;
    purchaseId: string;
    refundId: string;
    points: number;
    channel: Channel;
    label: string;
  },
) => {
  const { refundPolicy } = await getProgrammeSettings(tx);
  const lot = await tx.pointLot.findFirst({
    where: { customerId: input.customerId, sourceType: 'PURCHASE', sourceId: input.purchaseId },
    select: { id: true },
  });
  const { plan } = await recordMovement(tx, {
    customerId: input.customerId,
    type: 'REVERSAL',
    channel: input.channel,
    points: -input.points,
    source: { type: 'REFUND', id: input.refundId },
    reason: input.label,
    shortfall: refundPolicy === 'DEBT' ? 'debt' : 'cap',
    qualifying: true,
    lotId: lot?.id,
  });
  return { clawedBack: input.points - plan.writtenOff, writtenOff: plan.writtenOff };
};
