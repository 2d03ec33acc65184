'use client';

import { DateTime, EmptyState, localisedName } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { type InvitationCounts, invitationsSent } from './invitation-status.tsx';
import { PrivateSalePhaseBadge } from './private-sale-phase.tsx';

type SaleRow = StaffOutputs['privateSales']['list'][number];

const column = createColumnHelper<SaleRow>();

/**
 * The private sales, previews and workshops, latest start first: what and where each is, when,
 * where it stands, its places taken, and how its invitations were answered.
 */
export const PrivateSaleList = () => {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const canManage = useCan('private-sales:manage');
  const list = useQuery(trpc.privateSales.list.queryOptions());

  const columns = useMemo(() => {
    const count = (id: string, header: string, value: (invitations: InvitationCounts) => number) =>
      column.accessor((sale) => value(sale.invitations), {
        id,
        header,
        meta: { align: 'end' },
        cell: (info) => format.number(info.getValue()),
      });
    return [
      column.accessor((sale) => localisedName(sale, 'name', locale), {
        id: 'name',
        header: t('privateSales.columns.name'),
        cell: (info) => (
          <Link
            href={`/private-sales/${info.row.original.id}`}
            className="block min-w-44 font-semibold text-brand-800 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor('kind', {
        header: t('privateSales.columns.kind'),
        cell: (info) => t(`privateSales.kinds.${info.getValue()}`),
      }),
      column.accessor((sale) => sale.shop?.name ?? null, {
        id: 'where',
        header: t('privateSales.columns.where'),
        cell: (info) => info.getValue() ?? t('privateSales.online'),
      }),
      column.accessor('startsAt', {
        header: t('privateSales.columns.dates'),
        cell: (info) => (
          <span className="flex flex-col whitespace-nowrap">
            <DateTime value={info.getValue()} />
            <span className="text-xs text-ink-muted">
              {t('privateSales.until')} <DateTime value={info.row.original.endsAt} />
            </span>
          </span>
        ),
      }),
      column.accessor('phase', {
        header: t('privateSales.columns.status'),
        cell: (info) => <PrivateSalePhaseBadge phase={info.getValue()} />,
      }),
      column.accessor('placesTaken', {
        header: t('privateSales.columns.places'),
        meta: { align: 'end' },
        cell: (info) => (
          <span className="whitespace-nowrap">
            {t('privateSales.places', {
              taken: info.getValue(),
              capacity: info.row.original.capacity,
            })}
          </span>
        ),
      }),
      count('invited', t('privateSales.columns.invited'), invitationsSent),
      count('accepted', t('privateSales.columns.accepted'), (i) => i.ACCEPTED),
      count('waitlisted', t('privateSales.columns.waitlisted'), (i) => i.WAITLISTED),
      count('checkedIn', t('privateSales.columns.checkedIn'), (i) => i.CHECKED_IN),
    ];
  }, [t, locale, format]);

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted" aria-live="polite">
        {list.data ? t('privateSales.count', { total: list.data.length }) : null}
      </p>

      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      <DataTable
        caption={t('privateSales.title')}
        columns={columns}
        rows={list.error ? [] : list.data}
        rowKey={(row) => row.id}
        onRowClick={(row) => router.push(`/private-sales/${row.id}`)}
        empty={
          list.error ? null : (
            <EmptyState
              title={t('privateSales.empty.title')}
              description={t('privateSales.empty.description')}
              action={
                canManage ? (
                  <Link
                    href="/private-sales/new"
                    className="font-semibold text-brand-800 underline"
                  >
                    {t('privateSales.empty.action')}
                  </Link>
                ) : undefined
              }
            />
          )
        }
      />
    </div>
  );
};
