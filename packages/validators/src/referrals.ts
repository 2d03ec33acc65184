import { z } from 'zod';
import { page, pageSize, uuid } from './common.ts';
import {
  formatReferralCode,
  normalisedReferralCode,
  REFERRAL_CODE,
  REFERRAL_CODE_MAX_TYPED,
} from './referral-code.ts';

export { formatReferralCode };

/** A member's referral code as typed (see `normalisedReferralCode`), as a schema. */
export const referralCode = z
  .string()
  .max(REFERRAL_CODE_MAX_TYPED)
  .transform(normalisedReferralCode)
  .pipe(z.string().regex(REFERRAL_CODE, 'A referral code is 8 letters and digits, like K3QF-7XMP'));

export const REFERRAL_STATUSES = [
  'PENDING',
  'HELD',
  'QUALIFIED',
  'REWARDED',
  'REVERSED',
  'REJECTED',
] as const;
export type ReferralStatusName = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_HOLDS = [
  'SAME_EMAIL',
  'SAME_PHONE',
  'SAME_DEVICE',
  'SAME_IP',
  'WEEKLY_LIMIT',
] as const;
export type ReferralHoldName = (typeof REFERRAL_HOLDS)[number];

/** The admin's list of referrals: the held ones by default, the review queue. */
export const referralListInput = z.object({
  status: z.enum(REFERRAL_STATUSES).default('HELD'),
  /** Email, name or member code of the referrer or the friend. */
  customer: z.string().trim().max(100).optional(),
  page,
  pageSize,
});
export type ReferralListInput = z.infer<typeof referralListInput>;

/** An admin's decision on a held referral; a rejection says why (the referrer reads it). */
export const referralDecisionInput = z
  .object({
    id: uuid,
    decision: z.enum(['APPROVE', 'REJECT']),
    reason: z.string().trim().max(500).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'REJECT' && !input.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Say why the referral is rejected',
      });
  });
export type ReferralDecisionInput = z.infer<typeof referralDecisionInput>;
