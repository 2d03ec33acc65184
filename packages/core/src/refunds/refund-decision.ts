import { randomUUID } from 'node:crypto';
import type { RefundPolicy } from '@fidele/db';
import { AppError } from '../errors.ts';
import { balancesAfter, planMovement, plannedMovement } from '../ledger/index.ts';
import type { RefundedCustomer, RefundedPurchase } from './refund-context.ts';
import { amountOfReturnedLines } from './refund-lines.ts';
import { pointsDueFor } from './refund-points.ts';
import type { RecordedRefund, RefundRequest } from './refund-purchase.ts';

/** `record_refund`'s argument, the key aside. */
export type RefundDecision = { call: Record<string, unknown> };

/**
 * Decides a refund from its context: refused when this shop has no such purchase; the first
 * refund again, with `resentStatus`, when the shop already sent this one; else its amount (priced
 * from the purchase's lines when given by line), the points it owes back and the reversal that
 * takes them, planned on the balances read under the programme's refund policy. Pure: throws the
 * refusals, and `record_refund` writes the rest if the purchase and its customer are still as read.
 */
export const decideRefund = (input: {
  request: RefundRequest;
  purchase: RefundedPurchase | undefined;
  refundPolicy: RefundPolicy;
  expectedStamp: string;
  status: number;
  resentStatus: number;
}): RefundDecision => {
  const { request, purchase } = input;
  if (!purchase) throw new AppError('purchase_not_found');
  const { customer } = purchase;
  const base = {
    purchaseId: purchase.id,
    channel: request.channel,
    expected: {
      version: purchase.version,
      customerId: customer?.id,
      accountVersion: customer?.version,
      configStamp: input.expectedStamp,
    },
  };
  const answer = (
    refund: Omit<RecordedRefund['refund'], 'customer'>,
    pointsBalance?: number,
  ): RecordedRefund => ({
    refund: {
      ...refund,
      ...(customer ? { customer: { pointsBalance: pointsBalance ?? customer.spendable } } : {}),
    },
  });
  if (purchase.sameRefund)
    return {
      call: {
        ...base,
        answerStatus: input.resentStatus,
        answer: answer(purchase.sameRefund),
      },
    };

  const amount =
    'lines' in request.refund
      ? amountOfReturnedLines(
          purchase.lines ?? undefined,
          request.refund.lines,
          purchase.returnedBefore,
        )
      : request.refund.amount;
  if (amount <= 0) throw new AppError('invalid_request', 'amount: a refund must be positive');
  const refundId = randomUUID();
  const due = pointsDueFor(purchase, amount);
  const taken =
    customer && due > 0
      ? takeBack(customer, {
          points: due,
          refundId,
          request,
          shortfall: input.refundPolicy === 'DEBT' ? 'debt' : 'cap',
        })
      : undefined;
  const results = {
    pointsClawedBack: taken?.clawedBack ?? 0,
    pointsWrittenOff: taken?.writtenOff ?? due,
  };
  return {
    call: {
      ...base,
      refund: {
        id: refundId,
        apiKeyId: request.apiKeyId,
        externalId: request.refund.externalId,
        amount,
        lines: 'lines' in request.refund ? request.refund.lines : undefined,
        ...results,
      },
      reversal: taken?.reversal,
      answerStatus: input.status,
      answer: answer({ id: refundId, ...results }, taken?.pointsBalance),
    },
  };
};

/**
 * The reversal that takes back what a refund owes: first from the purchase's own lot (while still
 * pending, that cancels the pending points), then from the spendable balance. What the customer
 * no longer holds is written off (`cap`) or owed as a debt their next earnings repay (`debt`).
 */
const takeBack = (
  customer: RefundedCustomer,
  input: { points: number; refundId: string; request: RefundRequest; shortfall: 'cap' | 'debt' },
) => {
  const lot = customer.lot;
  const plan = planMovement({ points: -input.points, shortfall: input.shortfall, lot }, customer);
  const clawedBack = input.points - plan.writtenOff;
  return {
    clawedBack,
    writtenOff: plan.writtenOff,
    // Nothing left to take (and nothing owed): no movement, as `recordMovement` writes none.
    reversal:
      clawedBack > 0
        ? plannedMovement(customer.id, 'REVERSAL', input.request.channel, plan, {
            points: -clawedBack,
            sourceType: 'REFUND',
            sourceId: input.refundId,
            reason: `Refund ${input.request.refund.externalId}`,
            qualifying: true,
            lot: lot && { id: lot.id, pending: lot.pending },
          })
        : undefined,
    pointsBalance: balancesAfter(customer, plan).spendable,
  };
};
