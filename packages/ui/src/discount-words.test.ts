import { describe, expect, it } from 'vitest';
import { describeDiscount, type DiscountMessages } from './discount-words.ts';

const messages: DiscountMessages = (key, values) =>
  [key, ...Object.entries(values ?? {}).map(([name, value]) => `${name}=${value}`)].join(' ');

describe('describeDiscount', () => {
  it('says a fixed amount in the locale, without zero cents', () => {
    expect(
      describeDiscount({ type: 'FIXED_AMOUNT', amount: 500, currency: 'EUR' }, 'en', messages),
    ).toEqual({ what: 'fixed amount=€5' });
  });

  it('says a capped percentage and the minimum basket', () => {
    const words = describeDiscount(
      { type: 'PERCENTAGE', percent: 15, cap: 3_000, currency: 'EUR', minBasket: 4_050 },
      'fr',
      messages,
    );
    expect(words.what).toBe('percentCapped percent=15\u00a0% cap=30\u00a0€');
    expect(words.minBasket).toBe('minBasket amount=40,50\u00a0€');
  });

  it('says free shipping', () => {
    expect(describeDiscount({ type: 'FREE_SHIPPING', currency: 'EUR' }, 'en', messages).what).toBe(
      'freeShipping',
    );
  });
});
