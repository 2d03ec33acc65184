'use client';

import { formatMoney, useFormatSettings } from '@fidele/ui';
import { PROGRAMME_CURRENCY } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

export type TierMetric = 'POINTS_EARNED' | 'AMOUNT_SPENT';

/** A tier figure as staff read it: "1,250 points", or "€500.00" from minor units. */
export const useTierFigure = () => {
  const t = useTranslations('common');
  const { locale } = useFormatSettings();
  return useCallback(
    (value: number, metric: TierMetric): string =>
      metric === 'AMOUNT_SPENT'
        ? formatMoney(value, PROGRAMME_CURRENCY, locale)
        : t('points', { points: value }),
    [t, locale],
  );
};
