import { wholeUnits } from '../money/index.ts';

/**
 * Points a purchase earns before the earning engine exists: one point per whole currency unit
 * spent, rounded down (19.99 EUR → 19 points).
 */
export const basePurchasePoints = (amount: number, currency: string): number =>
  Math.max(0, wholeUnits(amount, currency));
