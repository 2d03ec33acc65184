import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountOff, checkCode, type CodeState, usableOn } from './discount.ts';

const now = new Date('2026-11-23T12:00:00Z');
const code = (overrides: Partial<CodeState> = {}): CodeState => ({
  status: 'ACTIVE',
  discountType: 'FIXED_AMOUNT',
  discountValue: 1_000,
  discountCap: null,
  currency: 'EUR',
  minBasket: null,
  channels: 'BOTH',
  validFrom: new Date('2026-11-01T00:00:00Z'),
  validUntil: new Date('2026-12-01T00:00:00Z'),
  holderBlocked: false,
  ...overrides,
});
const use = { now, channel: 'STORE' as const, basketAmount: 5_000, currency: 'EUR' };

describe('usableOn', () => {
  it('maps ONLINE to the e-shop and STORE to tills', () => {
    expect(usableOn('ONLINE', 'ESHOP')).toBe(true);
    expect(usableOn('ONLINE', 'STORE')).toBe(false);
    expect(usableOn('STORE', 'STORE')).toBe(true);
    expect(usableOn('STORE', 'ESHOP')).toBe(false);
    expect(usableOn('BOTH', 'ESHOP')).toBe(true);
    expect(usableOn('BOTH', 'STORE')).toBe(true);
  });
});

describe('amountOff', () => {
  it('never takes more than the basket for a fixed amount', () => {
    expect(amountOff(code(), 5_000)).toBe(1_000);
    expect(amountOff(code(), 600)).toBe(600);
  });

  it('rounds percentages down and stops at the cap', () => {
    expect(amountOff(code({ discountType: 'PERCENTAGE', discountValue: 15 }), 3_333)).toBe(499);
    expect(
      amountOff(
        code({ discountType: 'PERCENTAGE', discountValue: 20, discountCap: 2_000 }),
        50_000,
      ),
    ).toBe(2_000);
  });

  it('takes nothing off the goods for free shipping', () => {
    expect(amountOff(code({ discountType: 'FREE_SHIPPING', discountValue: 0 }), 5_000)).toBe(0);
  });

  it('is always between 0 and the basket', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('FIXED_AMOUNT', 'PERCENTAGE', 'FREE_SHIPPING' as const),
        fc.integer({ min: 1, max: 100 }),
        fc.option(fc.nat(100_000), { nil: null }),
        fc.nat(10_000_000),
        (discountType, value, cap, basket) => {
          const off = amountOff(
            code({ discountType, discountValue: value, discountCap: cap }),
            basket,
          );
          expect(Number.isInteger(off)).toBe(true);
          expect(off).toBeGreaterThanOrEqual(0);
          expect(off).toBeLessThanOrEqual(basket);
        },
      ),
    );
  });
});

describe('checkCode', () => {
  it('accepts a valid code and says what it takes off', () => {
    expect(checkCode(code(), use)).toEqual({ valid: true, amountOff: 1_000 });
  });

  it.each([
    ['code_already_redeemed', code({ status: 'REDEEMED' }), use],
    ['code_cancelled', code({ status: 'CANCELLED' }), use],
    ['code_expired', code({ validUntil: now }), use],
    ['code_not_yet_valid', code({ validFrom: new Date('2026-11-24T00:00:00Z') }), use],
    ['code_not_valid_on_channel', code({ channels: 'ONLINE' }), use],
    [
      'code_not_valid_on_channel',
      code({ channels: 'STORE' }),
      { ...use, channel: 'ESHOP' as const },
    ],
    ['currency_mismatch', code(), { ...use, currency: 'USD' }],
    ['basket_below_minimum', code({ minBasket: 5_001 }), use],
    ['customer_blocked', code({ holderBlocked: true }), use],
  ])('refuses with %s', (reason, state, usage) => {
    expect(checkCode(state, usage)).toEqual({ valid: false, reason });
  });
});
