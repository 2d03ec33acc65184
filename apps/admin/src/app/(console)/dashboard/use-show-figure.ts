'use client';

import { formatMoney } from '@fidele/ui';
import { PROGRAMME_CURRENCY } from '@fidele/validators';
import { useFormatter, useLocale } from 'next-intl';
import type { FigureKind } from './figure-csv.ts';

/** A figure as the dashboard shows it: counts and points, money in the programme's currency, shares in %. */
export const useShowFigure = () => {
  const format = useFormatter();
  const locale = useLocale();
  return (kind: FigureKind, value: number | null) => {
    if (value === null) return '–';
    if (kind === 'money') return formatMoney(value, PROGRAMME_CURRENCY, locale);
    if (kind === 'ratio')
      return format.number(value, { style: 'percent', maximumFractionDigits: 1 });
    return format.number(value);
  };
};
