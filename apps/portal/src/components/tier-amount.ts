'use client';

import { formatPoints, formatShortMoney } from '@fidele/ui';
import { PROGRAMME_CURRENCY } from '@fidele/validators/programme-currency';
import { useLocale, useTranslations } from 'next-intl';
import type { TierMetric } from './tier-view.ts';

/**
 * A tier figure in words, for the metric the programme measures tiers on: "150 points" or "€150"
 * (money comes in minor units). `count` is the whole number the words agree with ("1 point gagné",
 * "150 € dépensés").
 */
export const useTierAmount = (metric: TierMetric) => {
  const t = useTranslations('common');
  const locale = useLocale();
  return (value: number): { amount: string; count: number; metric: TierMetric } =>
    metric === 'AMOUNT_SPENT'
      ? {
          amount: formatShortMoney(value, PROGRAMME_CURRENCY, locale),
          count: Math.trunc(value / 100),
          metric,
        }
      : {
          amount: `${formatPoints(value, locale)} ${t('points', { count: value })}`,
          count: value,
          metric,
        };
};
