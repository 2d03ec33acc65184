'use client';

import { Card, formatDateTime, Skeleton, useFormatSettings } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

/**
 * Her data's retention: when it would be erased if she stays away (the retention job's rule, set
 * on the settings page), or that it was erased and why.
 */
export const CustomerRetention = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer.retention');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const trpc = useTRPC();
  const retention = useQuery(trpc.customers.retention.queryOptions({ customerId }));
  const date = (value: Date) => formatDateTime(value, locale, 'date', timeZone);

  const body = () => {
    if (retention.error)
      return <QueryError error={retention.error} onRetry={() => retention.refetch()} />;
    const status = retention.data;
    if (!status) return <Skeleton className="h-12 w-full" />;
    if (status.state === 'erased')
      return <p>{t(`erased.${status.cause}`, { date: date(status.erasedAt) })}</p>;
    return (
      <>
        <p>{t('lastContact', { date: date(status.lastContactAt) })}</p>
        <p className="mt-1" data-testid="customer-retention-erase-on">
          {status.warnedAt
            ? t('warned', { warnedAt: date(status.warnedAt), eraseOn: date(status.eraseOn) })
            : t('willWarn', { warnOn: date(status.warnOn), eraseOn: date(status.eraseOn) })}
        </p>
        <p className="mt-1 text-sm text-ink-muted">
          {t('rule', { months: status.retentionMonths })}
        </p>
      </>
    );
  };

  return (
    <Card title={t('title')} data-testid="customer-retention">
      {body()}
    </Card>
  );
};
