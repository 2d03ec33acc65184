import { describe, expect, it } from 'vitest';
import { readReferralCode } from './referral-code.ts';
import { referralCode } from './referrals.ts';

describe('readReferralCode', () => {
  it('reads what the schema accepts, as the schema does', () => {
    for (const typed of ['camy-2026', 'K3QF 7XMP', 'oil1-2345', 'ABCD-EFGU', '', 'x'.repeat(33)]) {
      const parsed = referralCode.safeParse(typed);
      expect(readReferralCode(typed)).toBe(parsed.success ? parsed.data : undefined);
    }
  });
});
