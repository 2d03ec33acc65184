'use client';

import { buttonStyles, Card, DateTime, EmptyState } from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { CodeStatusBadge } from '@/components/code-status-badge.tsx';
import { CustomerLink } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

const PAGE_SIZE = 20;

type Claim = StaffOutputs['offers']['claims']['rows'][number];

const column = createColumnHelper<Claim>();

/** Who claimed the offer, when and where, and what became of the code it gave them. */
export const OfferClaims = ({ offerId }: { offerId: string }) => {
  const t = useTranslations();
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const claims = useQuery({
    ...trpc.offers.claims.queryOptions({ offerId, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor('createdAt', {
        header: t('offerClaims.columns.when'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor('customer', {
        header: t('offerClaims.columns.customer'),
        cell: (info) => {
          const customer = info.getValue();
          return (
            <span className="flex min-w-36 flex-col">
              <CustomerLink customer={customer} />
              <span className="font-mono text-xs text-ink-muted">{customer.memberCode}</span>
            </span>
          );
        },
      }),
      column.accessor('channel', {
        header: t('offerClaims.columns.channel'),
        cell: (info) => t(`channels.${info.getValue()}`),
      }),
      column.accessor((claim) => claim.shop?.name, {
        id: 'shop',
        header: t('offerClaims.columns.shop'),
        cell: (info) => info.getValue() ?? <span className="text-ink-muted">—</span>,
      }),
      column.accessor('code', {
        header: t('offerClaims.columns.code'),
        cell: (info) => {
          const code = info.getValue();
          if (!code) return <span className="text-ink-muted">{t('offerClaims.atTheTill')}</span>;
          return (
            <span className="flex flex-col items-start gap-1">
              <Link
                href={`/codes/${code.code}`}
                className="font-mono font-semibold whitespace-nowrap text-brand-800 underline-offset-2 hover:underline"
              >
                {code.formatted}
              </Link>
              <CodeStatusBadge
                status={code.expired ? 'EXPIRED' : code.status}
                className="text-xs"
              />
            </span>
          );
        },
      }),
    ],
    [t],
  );

  return (
    <Card
      title={t('offerClaims.title')}
      data-testid="offer-claims"
      actions={
        claims.data ? (
          <span className="flex flex-wrap items-center gap-3">
            <span className="text-sm text-ink-muted">
              {t('offerClaims.count', { total: claims.data.total })}
            </span>
            {claims.data.total > 0 ? (
              <a
                href={`/api/offers/${offerId}/claims/csv`}
                download
                data-testid="offer-claims-csv"
                className={buttonStyles({ variant: 'secondary', size: 'sm' })}
              >
                {t('offerClaims.csv')}
              </a>
            ) : null}
          </span>
        ) : null
      }
    >
      {claims.error ? (
        <QueryError error={claims.error} onRetry={() => claims.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          <DataTable
            caption={t('offerClaims.title')}
            columns={columns}
            rows={claims.data?.rows}
            rowKey={(row) => row.id}
            skeletonRows={3}
            empty={
              <EmptyState title={t('offerClaims.empty')} description={t('offerClaims.emptyHint')} />
            }
          />
          <ListPagination data={claims.data} onPageChange={setPage} />
        </div>
      )}
    </Card>
  );
};
