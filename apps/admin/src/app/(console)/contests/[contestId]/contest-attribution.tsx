'use client';

import { Card, DateTime, EmptyState, HorizontalScroll, Money, Skeleton } from '@fidele/ui';
import { PROGRAMME_CURRENCY } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { relativeChange } from './attribution.ts';

type Attribution = StaffOutputs['contests']['attribution'];
type ChannelSales = Attribution['newMemberSales'][number];
type StoreVisits = Attribution['storeDuring'];

const column = createColumnHelper<ChannelSales>();

/** What the members who joined through the contest bought since, per channel and currency. */
const NewMemberSales = ({ sales }: { sales: ChannelSales[] }) => {
  const t = useTranslations('contests.attribution.sales');
  const tChannel = useTranslations('channels');
  const format = useFormatter();
  const columns = [
    column.accessor('channel', { header: t('channel'), cell: (info) => tChannel(info.getValue()) }),
    column.accessor('purchases', {
      header: t('purchases'),
      meta: { align: 'end' },
      cell: (info) => format.number(info.getValue()),
    }),
    column.accessor('amount', {
      header: t('amount'),
      meta: { align: 'end' },
      cell: (info) => <Money amount={info.getValue()} currency={info.row.original.currency} />,
    }),
  ];
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      rows={sales}
      rowKey={(row) => `${row.channel} ${row.currency}`}
      empty={<EmptyState title={t('empty')} />}
    />
  );
};

/**
 * The shops' visits and average basket while the contest ran, against as many days just before,
 * with how much each moved: a small table read row by row.
 */
const StoreComparison = ({ during, before }: { during: StoreVisits; before: StoreVisits }) => {
  const t = useTranslations('contests.attribution.store');
  const format = useFormatter();
  const change = (from: number | null, to: number | null) => {
    const moved = relativeChange(from, to);
    return moved === null ? (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t('noComparison')}</span>
      </>
    ) : (
      format.number(moved, {
        style: 'percent',
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      })
    );
  };
  // Baskets are averaged over every shop purchase: amounts of the programme's currency.
  const basket = (visits: StoreVisits) =>
    visits.averageBasket === null ? (
      <span className="text-ink-muted">—</span>
    ) : (
      <Money amount={visits.averageBasket} currency={PROGRAMME_CURRENCY} />
    );
  const span = (visits: StoreVisits) => (
    <>
      <DateTime value={visits.from} /> – <DateTime value={visits.to} />
    </>
  );
  const rows: [string, ReactNode, ReactNode, ReactNode][] = [
    ['dates', span(during), span(before), null],
    [
      'visits',
      format.number(during.visits),
      format.number(before.visits),
      change(before.visits, during.visits),
    ],
    ['basket', basket(during), basket(before), change(before.averageBasket, during.averageBasket)],
  ];
  return (
    <HorizontalScroll
      label={t('title')}
      className="overflow-hidden rounded-card bg-surface shadow-card"
    >
      <table className="w-full border-collapse text-left text-sm" data-testid="store-comparison">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="border-b border-border bg-surface-muted text-ink-muted">
          <tr>
            <td className="px-3 py-3" />
            <th scope="col" className="px-3 py-3 font-semibold">
              {t('during')}
            </th>
            <th scope="col" className="px-3 py-3 font-semibold">
              {t('before')}
            </th>
            <th scope="col" className="px-3 py-3 text-right font-semibold">
              {t('change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, now, then, moved]) => (
            <tr key={name} className="border-b border-border last:border-b-0">
              <th scope="row" className="px-3 py-3 text-left font-semibold">
                {t(name)}
              </th>
              <td className="px-3 py-3 tabular-nums">{now}</td>
              <td className="px-3 py-3 tabular-nums">{then}</td>
              <td className="px-3 py-3 text-right tabular-nums">{moved}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </HorizontalScroll>
  );
};

/**
 * What the contest brought: the members who joined through its link, what they bought since per
 * channel, and the shops' visits and basket during the contest against the days before.
 */
export const ContestAttribution = ({ contestId }: { contestId: string }) => {
  const t = useTranslations('contests.attribution');
  const trpc = useTRPC();
  const query = useQuery(trpc.contests.attribution.queryOptions({ contestId }));
  const attribution = query.data;
  return (
    <Card title={t('title')} data-testid="contest-attribution">
      {query.error ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : !attribution ? (
        <Skeleton className="h-48 w-full" />
      ) : (
        <div className="flex flex-col gap-6">
          <p className="text-base font-semibold">
            {t('newMembers', { count: attribution.newMembers })}
          </p>
          <section className="flex flex-col gap-2">
            <h3 className="font-semibold">{t('sales.title')}</h3>
            <NewMemberSales sales={attribution.newMemberSales} />
          </section>
          <section className="flex flex-col gap-2">
            <h3 className="font-semibold">{t('store.title')}</h3>
            <p className="text-sm text-ink-muted">{t('store.hint')}</p>
            {attribution.storeDuring.to > attribution.storeDuring.from ? (
              <StoreComparison during={attribution.storeDuring} before={attribution.storeBefore} />
            ) : (
              <p className="text-sm">{t('store.notStarted')}</p>
            )}
          </section>
        </div>
      )}
    </Card>
  );
};
