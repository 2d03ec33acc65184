'use client';

import {
  Card,
  DateTime,
  describeEarnDetail,
  EmptyState,
  Money,
  Points,
  Skeleton,
} from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { shopColumn } from '@/components/shop-column.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { type Channel, ChannelFilter } from './channel-filter.tsx';

type Purchase = StaffOutputs['customers']['purchases']['items'][number];

const column = createColumnHelper<Purchase>();

/** Purchases on every channel: totals per channel, then the latest purchases with their shop. */
export const CustomerPurchases = ({ customerId }: { customerId: string }) => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const [channel, setChannel] = useState<Channel | undefined>();
  const purchases = useQuery(trpc.customers.purchases.queryOptions({ customerId, channel }));
  // The totals never depend on the filter; they come from the unfiltered answer when there is one.
  const totals = useQuery(trpc.customers.purchases.queryOptions({ customerId }));

  const columns = useMemo(
    () => [
      column.accessor('occurredAt', {
        header: t('purchases.date'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      shopColumn<Purchase>(t, t('purchases.shop')),
      column.accessor('externalId', {
        header: t('purchases.reference'),
        cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
      }),
      column.accessor('amount', {
        header: t('purchases.amount'),
        meta: { align: 'end' },
        cell: (info) => <Money amount={info.getValue()} currency={info.row.original.currency} />,
      }),
      column.accessor('pointsEarned', {
        header: t('purchases.points'),
        meta: { align: 'end' },
        cell: (info) => {
          const steps = describeEarnDetail(info.row.original.earnDetail, locale, (key, values) =>
            t(`purchases.steps.${key}`, values),
          );
          if (steps.length === 0) return <Points value={info.getValue()} signed />;
          // How the points were computed, as the customer's purchase page says it.
          return (
            <details className="text-end">
              <summary className="cursor-pointer">
                <Points value={info.getValue()} signed />
              </summary>
              <ul className="mt-1 text-start text-xs text-ink-muted" data-testid="earn-detail">
                {steps.map((step, index) => (
                  <li key={index} className="flex justify-between gap-3">
                    <span>{step.what}</span>
                    <span className="tabular-nums">{step.points}</span>
                  </li>
                ))}
              </ul>
            </details>
          );
        },
      }),
    ],
    [t, locale],
  );

  const byChannel = totals.data?.byChannel;

  return (
    <Card
      title={t('purchases.title')}
      actions={
        <ChannelFilter value={channel} onChange={setChannel} channels={['STORE', 'ESHOP']} />
      }
    >
      {purchases.error ? (
        <QueryError error={purchases.error} onRetry={() => purchases.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          {totals.data?.allShops === false ? (
            <p className="text-sm text-ink-muted">{t('purchases.yourShopsOnly')}</p>
          ) : null}
          {byChannel?.length === 0 ? null : (
            <ul className="grid gap-3 sm:grid-cols-2" aria-label={t('purchases.byChannel')}>
              {byChannel
                ? byChannel.map((group) => (
                    <li
                      key={`${group.channel}-${group.currency}`}
                      className="rounded-control bg-surface-muted px-4 py-3"
                    >
                      <p className="text-sm font-semibold text-ink-muted">
                        {t(`channels.${group.channel}`)}
                      </p>
                      <p className="text-xl font-bold">
                        <Money amount={group.amount} currency={group.currency} />
                      </p>
                      <p className="text-sm text-ink-muted">
                        {t('purchases.summary', { count: group.count, points: group.pointsEarned })}
                      </p>
                    </li>
                  ))
                : Array.from({ length: 2 }, (_, i) => (
                    <li key={i}>
                      <Skeleton className="h-20 w-full" />
                    </li>
                  ))}
            </ul>
          )}
          <DataTable
            caption={t('purchases.title')}
            columns={columns}
            rows={purchases.data?.items}
            rowKey={(row) => row.id}
            skeletonRows={3}
            empty={
              <EmptyState
                title={channel ? t('purchases.emptyChannel') : t('purchases.empty')}
                description={t('purchases.emptyHint')}
              />
            }
          />
        </div>
      )}
    </Card>
  );
};
