'use client';

import { classNames, formatDateTime, Skeleton, useFormatSettings } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

const Item = ({
  label,
  testId,
  value,
  detail,
  tone,
}: {
  label: string;
  testId: string;
  value: number;
  detail: ReactNode;
  tone?: 'warning';
}) => {
  const t = useTranslations('common');
  return (
    <div
      className={classNames(
        'flex min-w-0 flex-col gap-0.5 rounded-control px-3 py-2',
        tone === 'warning' ? 'bg-warning-50 text-warning-800' : 'bg-surface-muted',
      )}
    >
      <dt className={classNames('text-sm', tone === 'warning' ? '' : 'text-ink-muted')}>{label}</dt>
      <dd className="font-semibold tabular-nums" data-testid={testId} data-value={value}>
        {t('points', { points: value })}
      </dd>
      {detail ? (
        <dd className={classNames('text-sm', tone === 'warning' ? '' : 'text-ink-muted')}>
          {detail}
        </dd>
      ) : null}
    </div>
  );
};

/** Next to the balance: points still pending, the next points to expire, and any refund debt. */
export const CustomerPointsOutlook = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer.balance');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const trpc = useTRPC();
  const outlook = useQuery(trpc.customers.pointsOutlook.queryOptions({ customerId }));

  if (outlook.error) return <QueryError error={outlook.error} onRetry={() => outlook.refetch()} />;
  if (!outlook.data)
    return (
      <div className="grid gap-2 sm:grid-cols-3" aria-busy="true">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-18 w-full" />
        ))}
      </div>
    );

  const { pending, nextExpiry, debt } = outlook.data;
  const date = (value: Date) => formatDateTime(value, locale, 'date', timeZone);
  return (
    <dl className="grid gap-2 sm:grid-cols-3">
      <Item
        label={t('pending')}
        testId="customer-pending"
        value={pending.points}
        detail={
          pending.points > 0 && pending.nextAt
            ? t('pendingFrom', { date: date(pending.nextAt) })
            : null
        }
      />
      <Item
        label={t('nextExpiry')}
        testId="customer-expiry"
        value={nextExpiry?.points ?? 0}
        detail={nextExpiry ? t('expiryOn', { date: date(nextExpiry.on) }) : t('noExpiry')}
      />
      <Item
        label={t('debt')}
        testId="customer-debt"
        value={debt}
        detail={debt > 0 ? t('debtHint') : null}
        tone={debt > 0 ? 'warning' : undefined}
      />
    </dl>
  );
};
