'use client';

import type { HTMLAttributes } from 'react';
import { useFormatSettings } from './format-locale.tsx';
import { type DateTimeStyle, formatDateTime, formatMoney, formatPoints } from './number-format.ts';

type SpanProps = Omit<HTMLAttributes<HTMLSpanElement>, 'children'>;

export type MoneyProps = SpanProps & { amount: number; currency: string; locale?: string };

/** Money from integer minor units, formatted for the locale with its currency. */
export const Money = ({ amount, currency, locale, ...props }: MoneyProps) => {
  const settings = useFormatSettings();
  return <span {...props}>{formatMoney(amount, currency, locale ?? settings.locale)}</span>;
};

export type PointsProps = SpanProps & { value: number; signed?: boolean; locale?: string };

/** Just the number of points, formatted for the locale (the unit is the caller's label). */
export const Points = ({ value, signed, locale, ...props }: PointsProps) => {
  const settings = useFormatSettings();
  return <span {...props}>{formatPoints(value, locale ?? settings.locale, { signed })}</span>;
};

export type DateTimeProps = Omit<HTMLAttributes<HTMLTimeElement>, 'children'> & {
  value: Date | string | number;
  format?: DateTimeStyle;
  locale?: string;
};

export const DateTime = ({ value, format = 'dateTime', locale, ...props }: DateTimeProps) => {
  const settings = useFormatSettings();
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} {...props}>
      {formatDateTime(date, locale ?? settings.locale, format, settings.timeZone)}
    </time>
  );
};
