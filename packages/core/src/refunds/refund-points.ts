import { AppError } from '../errors.ts';

/** What a purchase earned and what its refunds have taken back so far. */
export type RefundablePurchase = {
  amount: number;
  pointsEarned: number;
  refundedAmount: number;
  pointsClawedBack: number;
};

export type Clawback = {
  /** Points the refunded part earned: what the customer owes back for this refund. */
  due: number;
  /** Points actually taken from the balance. */
  clawedBack: number;
  /** Points the customer had already spent and keeps (policy CAP_AT_BALANCE). */
  writtenOff: number;
};

/**
 * Points owed back once refunds total `refunded` of the purchase: floor(P × R / A). Cumulative
 * rather than per refund, so rounding never drifts: partial refunds add up to exactly P at a full
 * refund and never more. BigInt because P × R can pass 2^53.
 */
export const pointsOwedAfter = (
  purchase: Pick<RefundablePurchase, 'amount' | 'pointsEarned'>,
  refunded: number,
): number =>
  purchase.amount === 0
    ? 0
    : Number((BigInt(purchase.pointsEarned) * BigInt(refunded)) / BigInt(purchase.amount));

/**
 * The points a new refund of `amount` takes back. Policy CAP_AT_BALANCE: when the customer has
 * already spent the points, take what the balance allows; the rest is written off, never a
 * negative balance.
 */
export const clawbackFor = (
  purchase: RefundablePurchase,
  amount: number,
  balance: number,
): Clawback => {
  if (purchase.refundedAmount + amount > purchase.amount)
    throw new AppError(
      'unprocessable',
      'refund_exceeds_purchase',
      `Refunds would total ${purchase.refundedAmount + amount}, more than the purchase (${purchase.amount}).`,
    );
  const due =
    pointsOwedAfter(purchase, purchase.refundedAmount + amount) -
    pointsOwedAfter(purchase, purchase.refundedAmount);
  const clawedBack = Math.min(due, Math.max(balance, 0));
  return { due, clawedBack, writtenOff: due - clawedBack };
};
