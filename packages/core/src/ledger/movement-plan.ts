import { AppError } from '../errors.ts';

/** A customer's three balances: spendable, pending (≥ 0) and debt (≤ 0). */
export type CustomerBalances = { spendable: number; pending: number; debt: number };

/** The lot a debit takes from first, or that a release makes spendable. */
export type LotState = { id: string; remaining: number; pending: boolean };

/**
 * What to do when a debit is larger than what the customer holds: refuse it, take what there is
 * (the rest is written off), or take what there is and leave the rest as a debt.
 */
export type Shortfall = 'fail' | 'cap' | 'debt';

export type MovementRequest = {
  /** Signed: a credit is positive, a debit negative. A release frees `points`, all of its lot. */
  points: number;
  release?: boolean;
  /** A credit that stays pending until then. */
  pendingUntil?: Date;
  shortfall?: Shortfall;
  lot?: LotState;
};

/** The change of each of the customer's balances; their sum is what the programme moves. */
export type MovementPlan = {
  spendable: number;
  pending: number;
  debt: number;
  /** Points of a debit the customer no longer held and keeps (shortfall `cap`). */
  writtenOff: number;
};

/**
 * Splits a movement over the customer's balances. A credit to the spendable balance repays a debt
 * first; a debit takes from its lot (a pending purchase being refunded, say), then from the
 * spendable balance, then applies the shortfall rule. Pending points are never spent.
 */
export const planMovement = (
  request: MovementRequest,
  balances: CustomerBalances,
): MovementPlan => {
  const plan = { spendable: 0, pending: 0, debt: 0, writtenOff: 0 };
  if (request.points > 0) {
    if (request.release) {
      if (!request.lot?.pending || request.lot.remaining !== request.points)
        throw new Error('A release frees all that a pending lot still holds.');
      plan.pending = -request.points;
    }
    if (request.pendingUntil && !request.release) return { ...plan, pending: request.points };
    const repaid = Math.min(request.points, Math.max(0, -balances.debt));
    return { ...plan, debt: repaid, spendable: request.points - repaid };
  }
  let owed = -request.points;
  if (request.lot?.pending) {
    plan.pending = -Math.min(owed, request.lot.remaining, balances.pending);
    owed += plan.pending;
  }
  const fromSpendable = Math.min(owed, balances.spendable);
  plan.spendable = -fromSpendable;
  owed -= fromSpendable;
  if (owed === 0) return plan;
  switch (request.shortfall ?? 'fail') {
    case 'fail':
      throw new AppError('insufficient_points');
    case 'cap':
      return { ...plan, writtenOff: owed };
    case 'debt':
      return { ...plan, debt: -owed };
  }
};
