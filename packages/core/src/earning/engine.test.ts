import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Basket,
  computeEarn,
  type EarnRuleData,
  isoWeekday,
  livePromotions,
} from './engine.ts';

const TZ = 'Europe/Paris';
let next = 0;
const rule = (overrides: Partial<EarnRuleData>): EarnRuleData => ({
  id: `rule-${++next}`,
  kind: 'BASE_RATE',
  name: 'Rule',
  channels: [],
  shopIds: [],
  rate: null,
  multiplier: null,
  points: null,
  category: null,
  sku: null,
  friendPoints: null,
  minAmount: null,
  startsAt: null,
  endsAt: null,
  weekdays: [],
  ...overrides,
});
const storeRate = rule({ name: '1 point per euro in shops', channels: ['STORE'], rate: 100 });
const onlineRate = rule({ name: '2 points per euro online', channels: ['ESHOP'], rate: 200 });
const context = { tierMultiplier: 100, earnedToday: 0, timeZone: TZ };
// 2026-11-25 is a Wednesday.
const basket = (overrides: Partial<Basket> = {}): Basket => ({
  channel: 'STORE',
  amount: 4_299,
  currency: 'EUR',
  occurredAt: new Date('2026-11-25T10:00:00Z'),
  ...overrides,
});

describe('computeEarn', () => {
  it('earns the channel base rate, rounding down', () => {
    expect(computeEarn(basket(), [storeRate, onlineRate], context).points).toBe(42);
    expect(computeEarn(basket({ channel: 'ESHOP' }), [storeRate, onlineRate], context).points).toBe(
      85,
    );
  });

  it('earns nothing without a base rate for the channel', () => {
    expect(computeEarn(basket({ channel: 'ESHOP' }), [storeRate], context)).toEqual({
      points: 0,
      lines: [],
    });
  });

  it('prefers a shop’s own rate to the channel’s', () => {
    const paris = rule({ name: 'Paris 1.5', channels: ['STORE'], shopIds: ['paris'], rate: 150 });
    expect(computeEarn(basket({ shopId: 'paris' }), [storeRate, paris], context).points).toBe(64);
    expect(computeEarn(basket({ shopId: 'lyon' }), [storeRate, paris], context).points).toBe(42);
  });

  it('reads the currency’s minor unit', () => {
    expect(
      computeEarn(basket({ amount: 4_299, currency: 'JPY' }), [storeRate], context).points,
    ).toBe(4_299);
  });

  it('adds product bonuses by SKU and by category', () => {
    const shoes = rule({
      kind: 'PRODUCT_BONUS',
      name: 'Shoes ×3',
      category: 'shoes',
      multiplier: 300,
    });
    const candle = rule({
      kind: 'PRODUCT_BONUS',
      name: '+10 per candle',
      sku: 'CANDLE-1',
      points: 10,
    });
    const result = computeEarn(
      basket({
        amount: 12_000,
        lines: [
          { sku: 'SNEAKER-9', category: 'shoes', quantity: 1, unitAmount: 9_000 },
          { sku: 'CANDLE-1', quantity: 2, unitAmount: 1_500 },
        ],
      }),
      [storeRate, shoes, candle],
      context,
    );
    expect(result.lines.map((l) => [l.label, l.points])).toEqual([
      ['1 point per euro in shops', 120],
      ['Shoes ×3', 180],
      ['+10 per candle', 20],
    ]);
    expect(result.points).toBe(320);
  });

  it('applies the best live promotion on its days, shops and channels only', () => {
    const wednesday = rule({
      kind: 'PROMOTION',
      name: 'Double Wednesday',
      multiplier: 200,
      weekdays: [3],
    });
    const triple = rule({
      kind: 'PROMOTION',
      name: 'Triple in November',
      multiplier: 300,
      channels: ['ESHOP'],
      startsAt: new Date('2026-11-01T00:00:00Z'),
      endsAt: new Date('2026-12-01T00:00:00Z'),
    });
    const rules = [storeRate, onlineRate, wednesday, triple];
    expect(computeEarn(basket(), rules, context).points).toBe(84);
    expect(
      computeEarn(basket({ occurredAt: new Date('2026-11-26T10:00:00Z') }), rules, context).points,
    ).toBe(42);
    expect(computeEarn(basket({ channel: 'ESHOP' }), rules, context).points).toBe(255);
    expect(
      computeEarn(
        basket({ channel: 'ESHOP', occurredAt: new Date('2026-12-02T10:00:00Z') }),
        rules,
        context,
      ).points,
    ).toBe(170);
  });

  it('multiplies by the tier after the promotion', () => {
    const result = computeEarn(basket({ amount: 10_000 }), [storeRate], {
      ...context,
      tierMultiplier: 150,
    });
    expect(result.points).toBe(150);
    expect(result.lines.at(-1)).toMatchObject({ step: 'TIER', points: 50 });
  });

  it('caps a purchase, then the day', () => {
    const perPurchase = rule({ kind: 'PURCHASE_CAP', name: 'At most 500 a purchase', points: 500 });
    const perDay = rule({ kind: 'DAILY_CAP', name: 'At most 800 a day', points: 800 });
    const big = basket({ amount: 100_000 });
    expect(computeEarn(big, [storeRate, perPurchase, perDay], context).points).toBe(500);
    expect(
      computeEarn(big, [storeRate, perPurchase, perDay], { ...context, earnedToday: 600 }).points,
    ).toBe(200);
    expect(
      computeEarn(big, [storeRate, perPurchase, perDay], { ...context, earnedToday: 900 }).points,
    ).toBe(0);
  });

  it('explains every point: the lines add up to the total, which is a whole number ≥ 0', () => {
    const rules = [
      storeRate,
      onlineRate,
      rule({ kind: 'PRODUCT_BONUS', name: 'Bags', category: 'bags', multiplier: 250, points: 3 }),
      rule({ kind: 'PROMOTION', name: 'Weekend', multiplier: 175, weekdays: [6, 7] }),
      rule({ kind: 'PURCHASE_CAP', name: 'Cap', points: 2_000 }),
      rule({ kind: 'DAILY_CAP', name: 'Day', points: 3_000 }),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom('STORE', 'ESHOP' as const),
        fc.nat(1_000_000),
        fc.array(
          fc.record({
            sku: fc.string(),
            category: fc.constantFrom('bags', 'shoes'),
            quantity: fc.integer({ min: 1, max: 5 }),
            unitAmount: fc.nat(50_000),
          }),
          { maxLength: 4 },
        ),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
        fc.integer({ min: 50, max: 300 }),
        fc.nat(4_000),
        (channel, amount, lines, occurredAt, tierMultiplier, earnedToday) => {
          const result = computeEarn(
            { channel, amount, currency: 'EUR', occurredAt, lines },
            rules,
            { timeZone: TZ, tierMultiplier, earnedToday },
          );
          expect(Number.isInteger(result.points)).toBe(true);
          expect(result.points).toBeGreaterThanOrEqual(0);
          expect(result.points).toBeLessThanOrEqual(2_000);
          expect(result.lines.reduce((sum, line) => sum + line.points, 0)).toBe(result.points);
        },
      ),
    );
  });
});

describe('calendar', () => {
  it('reads weekdays in the programme’s time zone', () => {
    // Sunday 23:30 in UTC is already Monday in Paris.
    expect(isoWeekday(new Date('2026-11-29T23:30:00Z'), TZ)).toBe(1);
    expect(isoWeekday(new Date('2026-11-29T12:00:00Z'), TZ)).toBe(7);
  });

  it('lists the live promotions for a till', () => {
    const promo = rule({
      kind: 'PROMOTION',
      name: 'Double Wednesday',
      multiplier: 200,
      weekdays: [3],
    });
    expect(livePromotions(basket(), [storeRate, promo], TZ)).toEqual([
      { id: promo.id, name: 'Double Wednesday', multiplier: 200 },
    ]);
  });
});
