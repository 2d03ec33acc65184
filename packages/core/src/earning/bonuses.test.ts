import { describe, expect, it } from 'vitest';
import { bonusRuleFor, bonusSourceId, type BonusEvent } from './bonuses.ts';
import type { EarnRuleData } from './engine.ts';

const rule = (overrides: Partial<EarnRuleData>): EarnRuleData => ({
  id: 'rule',
  kind: 'SIGNUP_BONUS',
  name: 'Welcome',
  channels: [],
  shopIds: [],
  rate: null,
  multiplier: null,
  points: 50,
  category: null,
  sku: null,
  friendPoints: null,
  minAmount: null,
  startsAt: null,
  endsAt: null,
  weekdays: [],
  ...overrides,
});

const event = (overrides: Partial<BonusEvent> = {}): BonusEvent => ({
  customerId: 'c1',
  kind: 'SIGNUP_BONUS',
  channel: 'APP',
  at: new Date('2026-06-15T12:00:00Z'),
  ...overrides,
});

describe('bonusSourceId', () => {
  it('keys each bonus by what it is given once for', () => {
    expect(bonusSourceId(event())).toBe('signup:c1');
    expect(bonusSourceId(event({ kind: 'PROFILE_BONUS' }))).toBe('profile:c1');
    expect(bonusSourceId(event({ kind: 'NEW_CHANNEL_BONUS', channel: 'ESHOP' }))).toBe(
      'channel:c1:ESHOP',
    );
  });

  it('counts birthday years in Paris', () => {
    // 23:30 UTC on 31 December is already New Year in Paris.
    const at = new Date('2026-12-31T23:30:00Z');
    expect(bonusSourceId(event({ kind: 'BIRTHDAY_BONUS', at }))).toBe('birthday:c1:2027');
  });
});

describe('bonusRuleFor', () => {
  it('picks the most generous live rule of the kind', () => {
    const rules = [
      rule({ id: 'small', points: 20 }),
      rule({ id: 'big', points: 80 }),
      rule({ id: 'other-kind', kind: 'PROFILE_BONUS', points: 500 }),
    ];
    expect(bonusRuleFor(rules, event())?.id).toBe('big');
  });

  it('respects channels, shops and dates like purchase rules', () => {
    const rules = [
      rule({ id: 'store-only', channels: ['STORE'] }),
      rule({ id: 'one-shop', shopIds: ['s1'] }),
      rule({ id: 'ended', endsAt: new Date('2026-01-01T00:00:00Z') }),
      rule({ id: 'not-yet', startsAt: new Date('2027-01-01T00:00:00Z') }),
    ];
    expect(bonusRuleFor(rules, event())).toBeUndefined();
    expect(bonusRuleFor(rules, event({ channel: 'STORE' }))?.id).toBe('store-only');
    expect(bonusRuleFor(rules, event({ shopId: 's1' }))?.id).toBe('one-shop');
  });

  it('ignores a rule without points', () => {
    expect(bonusRuleFor([rule({ points: null }), rule({ points: 0 })], event())).toBeUndefined();
  });
});
