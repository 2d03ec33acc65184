'use client';

import { classNames, formatDateTime, useFormatSettings } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { ClockPictogram, HourglassPictogram, ReturnPictogram } from './pictograms.tsx';

const Line = ({
  icon,
  testId,
  value,
  className,
  children,
}: {
  icon: ReactNode;
  testId: string;
  value: number;
  className?: string;
  children: ReactNode;
}) => (
  <li
    className={classNames('flex items-start gap-2', className)}
    data-testid={testId}
    data-value={value}
  >
    {icon}
    <span className="min-w-0 break-words">{children}</span>
  </li>
);

/**
 * What is coming for her points, under the balance, each line only when it applies: points still
 * pending and when they become spendable, the next points to expire, and what a refund left owed.
 * Nothing shows while it loads or if it fails: the balance above stays the number that counts.
 */
export const PointsOutlook = () => {
  const t = useTranslations('home.outlook');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const trpc = useTRPC();
  const outlook = useQuery(trpc.pointsOutlook.queryOptions());
  if (!outlook.data) return null;

  const { pending, nextExpiry, debt } = outlook.data;
  if (pending.points <= 0 && !nextExpiry && debt <= 0) return null;
  const date = (value: Date) => formatDateTime(value, locale, 'date', timeZone);

  return (
    <ul className="mt-4 flex flex-col gap-2 border-t border-border pt-3 text-sm text-ink-muted">
      {pending.points > 0 ? (
        <Line icon={<ClockPictogram />} testId="points-pending" value={pending.points}>
          {pending.nextAt
            ? t('pending', { count: pending.points, date: date(pending.nextAt) })
            : t('pendingUndated', { count: pending.points })}
        </Line>
      ) : null}
      {nextExpiry ? (
        <Line icon={<HourglassPictogram />} testId="points-expiry" value={nextExpiry.points}>
          {t('expiry', { count: nextExpiry.points, date: date(nextExpiry.on) })}
        </Line>
      ) : null}
      {debt > 0 ? (
        <Line
          icon={<ReturnPictogram />}
          testId="points-debt"
          value={debt}
          className="rounded-control bg-warning-50 px-3 py-2 text-warning-800"
        >
          {t('debt', { count: debt })}
        </Line>
      ) : null}
    </ul>
  );
};
