import { describe, expect, it } from 'vitest';
import type { EarnRuleData } from '../earning/index.ts';
import { referralRewardFor } from './referral-rule.ts';

const rule = (overrides: Partial<EarnRuleData> = {}): EarnRuleData => ({
  id: 'r1',
  kind: 'REFERRAL_BONUS',
  name: 'Referral',
  channels: [],
  shopIds: [],
  rate: null,
  multiplier: null,
  points: 200,
  friendPoints: 100,
  minAmount: 3000,
  category: null,
  sku: null,
  startsAt: null,
  endsAt: null,
  weekdays: [],
  ...overrides,
});

const sale = {
  channel: 'STORE' as const,
  amount: 4500,
  currency: 'EUR',
  occurredAt: new Date('2026-12-07T10:00:00Z'),
};

describe('referralRewardFor', () => {
  it('pays both sides for a purchase that reaches the minimum', () => {
    expect(referralRewardFor([rule()], sale)).toEqual({
      ruleId: 'r1',
      referrerPoints: 200,
      friendPoints: 100,
      minAmount: 3000,
    });
  });

  it('leaves a smaller purchase to the next one', () => {
    expect(referralRewardFor([rule()], { ...sale, amount: 2999 })).toBeUndefined();
  });

  it('follows the rule’s channels and dates', () => {
    expect(referralRewardFor([rule({ channels: ['ESHOP'] })], sale)).toBeUndefined();
    expect(
      referralRewardFor([rule({ endsAt: new Date('2026-12-01T00:00:00Z') })], sale),
    ).toBeUndefined();
  });

  it('keeps a minimum of one cent, so a full refund always reverses', () => {
    expect(referralRewardFor([rule({ minAmount: null })], sale)?.minAmount).toBe(1);
  });

  it('takes the most generous of several rules, and ignores other kinds', () => {
    const rules = [
      rule({ id: 'small', points: 50, friendPoints: 50 }),
      rule({ id: 'big', points: 300, friendPoints: 150 }),
      rule({ id: 'signup', kind: 'SIGNUP_BONUS', points: 1000 }),
    ];
    expect(referralRewardFor(rules, sale)?.ruleId).toBe('big');
  });
});
