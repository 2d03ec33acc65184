import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';
import { referralMovementWords } from './referral-view.ts';

export type HistoryMovement = inferRouterOutputs<CustomerRouter>['movements']['items'][number];

type Locale = 'en' | 'fr';

const typeKeys = {
  EARN: 'earn',
  REDEEM: 'redeem',
  EXPIRE: 'expire',
  ADJUST: 'adjust',
  REVERSAL: 'reversal',
  RELEASE: 'release',
  TRANSFER: 'transfer',
} as const satisfies Record<HistoryMovement['type'], string>;

// A bonus's source id starts with what it was given for (see core's `bonusSourceId`).
const bonusKeys = {
  signup: 'bonusSignup',
  profile: 'bonusProfile',
  birthday: 'bonusBirthday',
  channel: 'bonusChannel',
} as const;

const bonusKey = (sourceId: string | null) =>
  bonusKeys[(sourceId?.split(':')[0] ?? '') as keyof typeof bonusKeys] ?? 'earn';

/**
 * A movement's message in the portal's `movements` messages, with its values: dates come as Dates
 * for the caller to format ("12 Nov", "Nov 2025").
 */
export type MovementWords =
  | { key: (typeof typeKeys)[keyof typeof typeKeys] | (typeof bonusKeys)[keyof typeof bonusKeys] }
  | {
      key:
        | 'purchase'
        | 'checkIn'
        | 'rewardClaimed'
        | 'refund'
        | 'referralReversed'
        | 'referralReferrerUnnamed'
        | 'referralFriendUnnamed';
    }
  | { key: 'purchaseAt'; shop: string }
  | { key: 'refundOf' | 'releaseOf'; shop: string; purchasedAt: Date }
  | { key: 'adjustFor'; reason: string }
  | { key: 'expiredEarnedIn'; earnedIn: Date }
  | { key: 'rewardCode' | 'rewardCodeCancelled'; reward: string }
  | { key: 'checkInAt'; event: string }
  | { key: 'gamePlay'; title: string }
  | {
      key: 'contestPrize' | 'contestPrizeWithdrawn' | 'contestEntry' | 'contestEntryWithdrawn';
      title: string;
    }
  | { key: 'referralReferrer' | 'referralFriend'; name: string }
  | { key: 'transferIn'; account: string }
  | { key: 'transferOut' };

/**
 * What a movement was for, in the customer's words ("Purchase at Paris Rivoli", "Refund of your
 * purchase of 12 Nov at Paris Marais", the reason an adjustment was given her, "Expired: points
 * earned in Nov 2025", "Code for 5 € off", "Game: Spin", "Referral: Léa M. joined").
 */
export const movementWords = (movement: HistoryMovement, locale: Locale): MovementWords => {
  const referral = referralMovementWords(movement);
  if (referral) return referral;
  if (movement.type === 'EARN' && movement.game)
    return { key: 'gamePlay', title: movement.game.title[locale] };
  if (movement.contest) {
    const prize = movement.sourceType === 'CONTEST_PRIZE';
    const earned = movement.type === 'EARN';
    return {
      key: prize
        ? earned
          ? 'contestPrize'
          : 'contestPrizeWithdrawn'
        : earned
          ? 'contestEntry'
          : 'contestEntryWithdrawn',
      title: movement.contest.title[locale],
    };
  }
  if (movement.type === 'EARN' && movement.sourceType === 'PURCHASE')
    return movement.purchase
      ? { key: 'purchaseAt', shop: movement.purchase.shopName }
      : { key: 'purchase' };
  if (movement.sourceType === 'REFUND')
    return movement.refund
      ? {
          key: 'refundOf',
          shop: movement.refund.shopName,
          purchasedAt: movement.refund.purchasedAt,
        }
      : { key: 'refund' };
  if (movement.type === 'RELEASE' && movement.released)
    return {
      key: 'releaseOf',
      shop: movement.released.shopName,
      purchasedAt: movement.released.purchasedAt,
    };
  if (movement.type === 'ADJUST' && movement.customerReason)
    return { key: 'adjustFor', reason: movement.customerReason };
  if (movement.type === 'EXPIRE' && movement.expiry)
    return { key: 'expiredEarnedIn', earnedIn: movement.expiry.earnedAt };
  if (movement.type === 'EARN' && movement.sourceType === 'BONUS')
    return { key: bonusKey(movement.sourceId) };
  if (movement.type === 'EARN' && movement.sourceType === 'INVITATION')
    return movement.invitation
      ? { key: 'checkInAt', event: movement.invitation.name[locale] }
      : { key: 'checkIn' };
  if (movement.sourceType === 'DISCOUNT_CODE') {
    if (movement.reward)
      return {
        key: movement.type === 'REDEEM' ? 'rewardCode' : 'rewardCodeCancelled',
        reward: movement.reward.name[locale],
      };
    if (movement.type === 'REDEEM') return { key: 'rewardClaimed' };
  }
  if (movement.sourceType === 'MERGE_IN' && movement.otherAccount)
    return { key: 'transferIn', account: movement.otherAccount.memberCode };
  if (movement.sourceType === 'MERGE_OUT') return { key: 'transferOut' };
  return { key: typeKeys[movement.type] };
};

/** The portal's page about what a movement was for, where it has one. */
export const movementHref = (movement: HistoryMovement): string | undefined => {
  if (movement.purchase) return `/history/purchases/${movement.purchase.id}`;
  if (movement.refund) return `/history/purchases/${movement.refund.purchaseId}`;
  if (movement.released) return `/history/purchases/${movement.released.purchaseId}`;
  if (movement.game) return `/games/${movement.game.id}`;
  if (movement.contest) return `/contests/${movement.contest.slug}`;
  if (movement.invitation) return '/invitations';
  if (movement.referral) return '/referrals';
  if (movement.sourceType === 'DISCOUNT_CODE' && movement.type === 'REDEEM') return '/codes';
  return undefined;
};
