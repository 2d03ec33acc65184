import { describe, expect, it } from 'vitest';
import { formatReferralCode, referralCode, referralDecisionInput } from './referrals.ts';

describe('referralCode', () => {
  it('reads a code as people type it', () => {
    expect(referralCode.parse('camy-2026')).toBe('CAMY2026');
    expect(referralCode.parse(' CAMY 2026 ')).toBe('CAMY2026');
  });

  it('reads the letters mistaken for digits as Crockford does', () => {
    expect(referralCode.parse('K3QF-7XMO')).toBe('K3QF7XM0');
    expect(referralCode.parse('ilk3qf7x')).toBe('11K3QF7X');
  });

  it('refuses what cannot be a code', () => {
    expect(referralCode.safeParse('CAMY202').success).toBe(false);
    expect(referralCode.safeParse('CAMY2026X').success).toBe(false);
    expect(referralCode.safeParse('CAMU2026').success).toBe(false);
  });

  it('shows a code in two groups', () => {
    expect(formatReferralCode('CAMY2026')).toBe('CAMY-2026');
  });
});

describe('referralDecisionInput', () => {
  it('asks why a referral is rejected', () => {
    const id = '3fb56796-6801-40f7-b047-1df5c9b3377d';
    expect(referralDecisionInput.safeParse({ id, decision: 'APPROVE' }).success).toBe(true);
    const rejected = referralDecisionInput.safeParse({ id, decision: 'REJECT', reason: ' ' });
    expect(rejected.error?.issues[0]?.path).toEqual(['reason']);
  });
});
