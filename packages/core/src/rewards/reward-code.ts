import { randomUUID } from 'node:crypto';
import { generateDiscountCode } from './code-format.ts';
import type { DiscountTerms } from './discount.ts';
import { type IssuedCode, toDiscountView } from './terms.ts';

const DAY_MS = 86_400_000;

/** What a reward's code is issued with: its discount terms and how long a code stays valid. */
export type RewardCodeTerms = DiscountTerms & {
  /** Days after issue; otherwise the reward's own end date. */
  validityDays: number | null;
  validUntil: Date | null;
};

/**
 * A new code of a reward, issued at `now`: its terms copied from the reward as they are today, so
 * a later edit of the catalog never changes a code already in a customer's hands.
 */
export const newRewardCode = (reward: RewardCodeTerms, now: Date) => {
  const terms: DiscountTerms = {
    discountType: reward.discountType,
    discountValue: reward.discountValue,
    discountCap: reward.discountCap,
    currency: reward.currency,
    minBasket: reward.minBasket,
    channels: reward.channels,
  };
  const code = {
    id: randomUUID(),
    code: generateDiscountCode(),
    validFrom: now,
    validUntil: reward.validityDays
      ? new Date(now.getTime() + reward.validityDays * DAY_MS)
      : reward.validUntil!,
  };
  const issued: IssuedCode = { ...code, discount: toDiscountView(terms) };
  return { issued, row: { ...code, ...terms } };
};
