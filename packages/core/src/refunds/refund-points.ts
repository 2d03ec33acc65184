import { AppError } from '../errors.ts';

/** What a purchase earned and what its refunds have taken back so far. */
export type RefundablePurchase = {
  amount: number;
  pointsEarned: number;
  refundedAmount: number;
  pointsClawedBack: number;
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
 * The points a new refund of `amount` owes back: what its part of the purchase earned. Whether the
 * customer still holds them is the ledger's concern (`planMovement` and the refund policy).
 */
export const pointsDueFor = (purchase: RefundablePurchase, amount: number): number => {
  if (purchase.refundedAmount + amount > purchase.amount)
    throw new AppError(
      'refund_exceeds_purchase',
      `Refunds would total ${purchase.refundedAmount + amount}, more than the purchase (${purchase.amount}).`,
    );
  return (
    pointsOwedAfter(purchase, purchase.refundedAmount + amount) -
    pointsOwedAfter(purchase, purchase.refundedAmount)
  );
};
