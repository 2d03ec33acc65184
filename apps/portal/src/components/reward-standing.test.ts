import { describe, expect, it } from 'vitest';
import { type CatalogReward, standingOf } from './reward-standing.ts';

const reward = (overrides: Partial<CatalogReward>): CatalogReward => ({
  id: 'r',
  name: { en: '5 € off', fr: '5 € de réduction' },
  description: { en: '', fr: '' },
  imageUrl: null,
  pointsCost: 100,
  discount: { type: 'FIXED_AMOUNT', amount: 500, currency: 'EUR', channels: 'BOTH' },
  stock: null,
  minTier: null,
  pointsMissing: 0,
  tierAllows: true,
  ...overrides,
});

describe('standingOf', () => {
  it('is claimable with enough points, stock and tier', () => {
    expect(standingOf(reward({}))).toBe('claimable');
  });

  it('asks for more points when short', () => {
    expect(standingOf(reward({ pointsMissing: 20 }))).toBe('later');
  });

  it('says out of stock before points, and tier before stock', () => {
    expect(standingOf(reward({ stock: 0, pointsMissing: 20 }))).toBe('outOfStock');
    expect(standingOf(reward({ stock: 0, tierAllows: false }))).toBe('tierLocked');
  });
});
