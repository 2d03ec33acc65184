import type { Channel, CodeStatus, DiscountType, RewardChannels } from '@fidele/db';

export type DiscountTerms = {
  discountType: DiscountType;
  discountValue: number;
  discountCap: number | null;
  currency: string;
  minBasket: number | null;
  channels: RewardChannels;
};

export type CodeState = DiscountTerms & {
  status: CodeStatus;
  validFrom: Date;
  validUntil: Date;
  /** Support blocked the account the code belongs to. */
  holderBlocked: boolean;
};

export type CodeRefusal =
  | 'code_already_redeemed'
  | 'code_cancelled'
  | 'code_expired'
  | 'code_not_yet_valid'
  | 'code_not_valid_on_channel'
  | 'currency_mismatch'
  | 'basket_below_minimum'
  | 'customer_blocked';

export type CodeCheck = { valid: true; amountOff: number } | { valid: false; reason: CodeRefusal };

/** Whether a code may be used on a terminal's channel (the e-shop is ONLINE, tills are STORE). */
export const usableOn = (channels: RewardChannels, channel: Channel): boolean =>
  channels === 'BOTH' || (channels === 'ONLINE' ? channel === 'ESHOP' : channel === 'STORE');

/**
 * What the discount takes off a basket, in minor units. Percentages round down to the minor unit
 * (the customer never gets more than the stated percentage) and stop at the cap; a fixed amount
 * never exceeds the basket; free shipping takes nothing off the goods (the e-shop waives shipping).
 */
export const amountOff = (terms: DiscountTerms, basketAmount: number): number => {
  switch (terms.discountType) {
    case 'FIXED_AMOUNT':
      return Math.min(terms.discountValue, basketAmount);
    case 'PERCENTAGE': {
      const off = Math.floor((basketAmount * terms.discountValue) / 100);
      return terms.discountCap === null ? off : Math.min(off, terms.discountCap);
    }
    case 'FREE_SHIPPING':
      return 0;
  }
};

/** Every rule a code must pass to be used now, on this channel, for this basket. */
export const checkCode = (
  code: CodeState,
  use: { now: Date; channel: Channel; basketAmount: number; currency: string },
): CodeCheck => {
  if (code.status === 'REDEEMED') return { valid: false, reason: 'code_already_redeemed' };
  if (code.status === 'CANCELLED') return { valid: false, reason: 'code_cancelled' };
  if (code.holderBlocked) return { valid: false, reason: 'customer_blocked' };
  if (use.now >= code.validUntil) return { valid: false, reason: 'code_expired' };
  if (use.now < code.validFrom) return { valid: false, reason: 'code_not_yet_valid' };
  if (!usableOn(code.channels, use.channel))
    return { valid: false, reason: 'code_not_valid_on_channel' };
  const needsCurrency =
    code.discountType === 'FIXED_AMOUNT' || code.discountCap !== null || code.minBasket !== null;
  if (needsCurrency && use.currency !== code.currency)
    return { valid: false, reason: 'currency_mismatch' };
  if (code.minBasket !== null && use.basketAmount < code.minBasket)
    return { valid: false, reason: 'basket_below_minimum' };
  return { valid: true, amountOff: amountOff(code, use.basketAmount) };
};
