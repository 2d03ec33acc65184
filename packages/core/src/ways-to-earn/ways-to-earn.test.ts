import { describe, expect, it } from 'vitest';
import type { EarnRuleData } from '../earning/index.ts';
import { waysToEarnOf } from './ways-to-earn.ts';

const now = new Date('2026-12-07T12:00:00Z');
let next = 0;
const rule = (overrides: Partial<EarnRuleData>): EarnRuleData => ({
  id: `rule-${(next += 1)}`,
  kind: 'BASE_RATE',
  name: 'Rule',
  channels: [],
  shopIds: [],
  rate: null,
  multiplier: null,
  points: null,
  friendPoints: null,
  minAmount: null,
  category: null,
  sku: null,
  startsAt: null,
  endsAt: null,
  weekdays: [],
  ...overrides,
});
const noShops = new Map<string, string>();

describe('waysToEarnOf', () => {
  it('lists the rates of every shop before a shop’s own, the most generous first, with its shops’ names', () => {
    const ways = waysToEarnOf(
      [
        rule({ name: 'Shops', channels: ['STORE'], rate: 100 }),
        rule({ name: 'Marais', shopIds: ['s1', 'gone'], rate: 300 }),
        rule({ name: 'Online', channels: ['ESHOP'], rate: 150 }),
      ],
      now,
      new Map([['s1', 'Paris Marais']]),
    );
    expect(
      ways.purchases.map(({ name, channels, shops, rate }) => ({ name, channels, shops, rate })),
    ).toEqual([
      { name: 'Online', channels: ['ESHOP'], shops: [], rate: 150 },
      { name: 'Shops', channels: ['STORE'], shops: [], rate: 100 },
      { name: 'Marais', channels: [], shops: ['Paris Marais'], rate: 300 },
    ]);
  });

  it('leaves out what is not in force now or gives nothing', () => {
    const ways = waysToEarnOf(
      [
        rule({ name: 'Ended', rate: 100, endsAt: new Date('2026-12-07T11:59:59Z') }),
        rule({ name: 'Not yet', rate: 100, startsAt: new Date('2026-12-08T00:00:00Z') }),
        rule({ name: 'Zero', rate: 0 }),
        rule({ kind: 'BIRTHDAY_BONUS', name: 'Nothing', points: 0 }),
        rule({ kind: 'PROMOTION', name: 'Flat', multiplier: 100 }),
        rule({ name: 'Running', rate: 100, endsAt: new Date('2026-12-31T00:00:00Z') }),
      ],
      now,
      noShops,
    );
    expect(ways.purchases.map((way) => way.name)).toEqual(['Running']);
    expect(ways.bonuses).toEqual([]);
    expect(ways.promotions).toEqual([]);
  });

  it('keeps a weekday promotion with its days, and product bonuses with their terms', () => {
    const ends = new Date('2026-12-31T23:00:00Z');
    const ways = waysToEarnOf(
      [
        rule({
          kind: 'PROMOTION',
          name: 'Weekend',
          multiplier: 200,
          weekdays: [7, 6],
          endsAt: ends,
        }),
        rule({ kind: 'PRODUCT_BONUS', name: 'Shoes', category: 'shoes', multiplier: 150 }),
        rule({ kind: 'PRODUCT_BONUS', name: 'Bag', sku: 'BAG-1', points: 20 }),
      ],
      now,
      noShops,
    );
    expect(ways.promotions).toMatchObject([
      { name: 'Weekend', multiplier: 200, weekdays: [6, 7], endsAt: ends },
    ]);
    expect(ways.productBonuses).toMatchObject([
      { name: 'Bag', sku: 'BAG-1', multiplier: 100, points: 20 },
      { name: 'Shoes', category: 'shoes', multiplier: 150, points: 0 },
    ]);
  });

  it('orders the bonuses from joining to the birthday, and takes the most generous referral', () => {
    const ways = waysToEarnOf(
      [
        rule({ kind: 'BIRTHDAY_BONUS', name: 'Birthday', points: 100 }),
        rule({ kind: 'SIGNUP_BONUS', name: 'Welcome', points: 50 }),
        rule({ kind: 'PROFILE_BONUS', name: 'Profile', points: 30 }),
        rule({ kind: 'REFERRAL_BONUS', name: 'Small', points: 50, friendPoints: 50 }),
        rule({
          kind: 'REFERRAL_BONUS',
          name: 'Big',
          points: 200,
          friendPoints: 100,
          minAmount: 3000,
        }),
      ],
      now,
      noShops,
    );
    expect(ways.bonuses.map((bonus) => [bonus.kind, bonus.points])).toEqual([
      ['SIGNUP_BONUS', 50],
      ['PROFILE_BONUS', 30],
      ['BIRTHDAY_BONUS', 100],
    ]);
    expect(ways.referral).toMatchObject({
      name: 'Big',
      referrerPoints: 200,
      friendPoints: 100,
      minAmount: 3000,
    });
  });

  it('gives the lowest cap of each kind, as the engine applies it', () => {
    const ways = waysToEarnOf(
      [
        rule({ kind: 'PURCHASE_CAP', points: 500 }),
        rule({ kind: 'PURCHASE_CAP', points: 300 }),
        rule({ kind: 'DAILY_CAP', points: 1000, endsAt: new Date('2026-01-01T00:00:00Z') }),
      ],
      now,
      noShops,
    );
    expect(ways.caps).toEqual({ perPurchase: 300, perDay: null });
  });
});
