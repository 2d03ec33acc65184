import type { DiscountType, RewardChannels } from '@fidele/db';
import type { DiscountTerms } from './discount.ts';

/** How a discount is described to tills, the e-shop and the portal. */
export type DiscountView = {
  type: DiscountType;
  /** FIXED_AMOUNT: minor units off. */
  amount?: number;
  /** PERCENTAGE: percent off, and the most it takes off in minor units. */
  percent?: number;
  cap?: number;
  currency: string;
  minBasket?: number;
  channels: RewardChannels;
};

/** A customer's personal code as it was issued, with a copy of the terms it was given. */
export type IssuedCode = {
  id: string;
  code: string;
  discount: DiscountView;
  validFrom: Date;
  validUntil: Date;
};

export const toDiscountView = (terms: DiscountTerms): DiscountView => ({
  type: terms.discountType,
  ...(terms.discountType === 'FIXED_AMOUNT' ? { amount: terms.discountValue } : {}),
  ...(terms.discountType === 'PERCENTAGE'
    ? {
        percent: terms.discountValue,
        ...(terms.discountCap !== null ? { cap: terms.discountCap } : {}),
      }
    : {}),
  currency: terms.currency,
  ...(terms.minBasket !== null ? { minBasket: terms.minBasket } : {}),
  channels: terms.channels,
});

export const discountTermsSelect = {
  discountType: true,
  discountValue: true,
  discountCap: true,
  currency: true,
  minBasket: true,
  channels: true,
} as const;
