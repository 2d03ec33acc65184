import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsDueFor, pointsOwedAfter } from './refund-points.ts';

const purchase = (amount: number, pointsEarned: number) => ({
  amount,
  pointsEarned,
  refundedAmount: 0,
  pointsClawedBack: 0,
});

/** Applies refunds in turn; returns the points each one owes back. */
const refundInTurn = (amount: number, pointsEarned: number, refunds: number[]) => {
  const state = purchase(amount, pointsEarned);
  return refunds.map((refund) => {
    const due = pointsDueFor(state, refund);
    state.refundedAmount += refund;
    state.pointsClawedBack += due;
    return due;
  });
};

describe('refund clawback', () => {
  it('takes back floor(P × R / A) in total, whatever the split', () => {
    expect(refundInTurn(1_000, 10, [333, 333, 334])).toEqual([3, 3, 4]);
    expect(refundInTurn(999, 7, [500])).toEqual([3]);
  });

  it('adds up to exactly the points earned at a full refund, never more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 20 }),
        (amount, points, weights) => {
          const total = weights.reduce((a, b) => a + b, 0);
          // Split the amount by the weights; the last refund takes the remainder.
          const parts = weights.map((w) => Math.floor((amount * w) / total));
          parts[parts.length - 1]! += amount - parts.reduce((a, b) => a + b, 0);
          const refunds = parts.filter((part) => part > 0);
          const clawed = refundInTurn(amount, points, refunds);
          let refunded = 0;
          clawed.forEach((_, i) => {
            refunded += refunds[i]!;
            const soFar = clawed.slice(0, i + 1).reduce((a, b) => a + b, 0);
            expect(soFar).toBe(pointsOwedAfter({ amount, pointsEarned: points }, refunded));
            expect(soFar).toBeLessThanOrEqual(points);
          });
          expect(clawed.reduce((a, b) => a + b, 0)).toBe(points);
        },
      ),
    );
  });

  it('stays exact past 2^53 for P × R', () => {
    expect(pointsOwedAfter({ amount: 1_000_000_000, pointsEarned: 10_000_000 }, 999_999_999)).toBe(
      9_999_999,
    );
  });

  it('refuses a refund that would pass the purchase', () => {
    const state = { ...purchase(1_000, 10), refundedAmount: 900 };
    expect(() => pointsDueFor(state, 101)).toThrow(
      expect.objectContaining({ code: 'refund_exceeds_purchase' }),
    );
  });
});
