'use client';

import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useLocale, useTranslations } from 'next-intl';
import { referralMovementWords } from './referral-view.ts';

export type HistoryMovement = inferRouterOutputs<CustomerRouter>['movements']['items'][number];

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
 * What a movement was, in the customer's words ("Purchase at Paris Rivoli", "Game: Spin",
 * "Contest: Spring looks", "Referral: Léa M. joined").
 */
export const useMovementLabel = () => {
  const t = useTranslations('movements');
  const locale = useLocale();
  return (movement: HistoryMovement) => {
    const referral = referralMovementWords(movement);
    if (referral)
      return 'name' in referral ? t(referral.key, { name: referral.name }) : t(referral.key);
    if (movement.type === 'EARN' && movement.game)
      return t('gamePlay', { title: movement.game.title[locale] });
    if (movement.contest) {
      const prize = movement.sourceType === 'CONTEST_PRIZE';
      const earned = movement.type === 'EARN';
      return t(
        prize
          ? earned
            ? 'contestPrize'
            : 'contestPrizeWithdrawn'
          : earned
            ? 'contestEntry'
            : 'contestEntryWithdrawn',
        { title: movement.contest.title[locale] },
      );
    }
    if (movement.type === 'EARN' && movement.sourceType === 'PURCHASE')
      return movement.purchase
        ? t('purchaseAt', { shop: movement.purchase.shopName })
        : t('purchase');
    if (movement.type === 'EARN' && movement.sourceType === 'BONUS')
      return t(bonusKey(movement.sourceId));
    if (movement.type === 'EARN' && movement.sourceType === 'INVITATION') return t('checkIn');
    if (movement.type === 'REDEEM' && movement.sourceType === 'DISCOUNT_CODE')
      return t('rewardClaimed');
    return t(typeKeys[movement.type]);
  };
};
