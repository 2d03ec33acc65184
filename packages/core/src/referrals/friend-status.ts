import type { ReferralStatus } from '@fidele/db';
import { DAY_MS } from '../calendar/programme-days.ts';

/**
 * A referral as the two friends read it: the admin's statuses say what the programme does next,
 * these say what they can expect. A hold is "being checked" to them, never "suspected of fraud".
 */
export type ReferralProgress =
  /** Joined; the friend's first qualifying purchase will pay both. */
  | 'WAITING_PURCHASE'
  /** Being checked by the brand before anything is paid. */
  | 'UNDER_REVIEW'
  /** The purchase qualified; the points come at the end of the pending period. */
  | 'ON_ITS_WAY'
  | 'REWARDED'
  /** Rejected, or its purchase was returned: nothing is (or stays) paid. */
  | 'NOT_ELIGIBLE';

export const referralProgress = (referral: {
  status: ReferralStatus;
  purchaseRefundedAt: Date | null;
}): ReferralProgress => {
  switch (referral.status) {
    case 'PENDING':
      return 'WAITING_PURCHASE';
    case 'HELD':
      return 'UNDER_REVIEW';
    case 'QUALIFIED':
      return referral.purchaseRefundedAt ? 'NOT_ELIGIBLE' : 'ON_ITS_WAY';
    case 'REWARDED':
      return referral.purchaseRefundedAt ? 'NOT_ELIGIBLE' : 'REWARDED';
    case 'REVERSED':
    case 'REJECTED':
      return 'NOT_ELIGIBLE';
  }
};

/** When a qualified referral pays: the end of the programme's pending period. */
export const rewardDueAt = (qualifiedAt: Date, pendingDays: number): Date =>
  new Date(qualifiedAt.getTime() + pendingDays * DAY_MS);
