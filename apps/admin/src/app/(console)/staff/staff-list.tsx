'use client';

import { EmptyState } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { StaffStatusBadge } from './staff-status-badge.tsx';

type StaffRow = StaffOutputs['staff']['list'][number];

const column = createColumnHelper<StaffRow>();

/** Everyone with access to the back office: active first, with their role, shops and status. */
export const StaffList = () => {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const list = useQuery(trpc.staff.list.queryOptions());
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: t('staff.columns.name'),
        cell: (info) => (
          <Link
            href={`/staff/${info.row.original.id}`}
            className="font-semibold text-brand-800 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor('email', { header: t('staff.columns.email') }),
      column.accessor('role', {
        header: t('staff.columns.role'),
        cell: (info) => t(`roles.${info.getValue()}`),
      }),
      column.accessor('shops', {
        header: t('staff.columns.shops'),
        cell: (info) =>
          info.row.original.role === 'STORE_MANAGER'
            ? info
                .getValue()
                .map((shop) => shop.name)
                .join(', ')
            : t('staff.allShops'),
      }),
      column.accessor('status', {
        header: t('staff.columns.status'),
        cell: (info) => <StaffStatusBadge status={info.getValue()} />,
      }),
    ],
    [t],
  );
  if (list.error) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <DataTable
      caption={t('staff.title')}
      columns={columns}
      rows={list.data}
      rowKey={(row) => row.id}
      onRowClick={(row) => router.push(`/staff/${row.id}`)}
      empty={<EmptyState title={t('staff.empty')} />}
    />
  );
};
