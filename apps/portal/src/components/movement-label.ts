'use client';

import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';

export type HistoryMovement = inferRouterOutputs<CustomerRouter>['movements']['items'][number];

const typeKeys = {
  EARN: 'earn',
  REDEEM: 'redeem',
  EXPIRE: 'expire',
  ADJUST: 'adjust',
  REVERSAL: 'reversal',
} as const;

/** What a movement was, in the customer's words ("Purchase at Paris Rivoli"). */
export const useMovementLabel = () => {
  const t = useTranslations('movements');
  return (movement: HistoryMovement) => {
    if (movement.type === 'EARN' && movement.sourceType === 'PURCHASE')
      return movement.purchase
        ? t('purchaseAt', { shop: movement.purchase.shopName })
        : t('purchase');
    if (movement.type === 'REDEEM' && movement.sourceType === 'DISCOUNT_CODE')
      return t('rewardClaimed');
    return t(typeKeys[movement.type]);
  };
};
