'use client';

import { Badge, DateTime, EmptyState } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { ShowArchivedToggle, useShowArchived } from '@/components/show-archived.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

type Segment = StaffOutputs['segments']['list'][number];

const column = createColumnHelper<Segment>();

/** The saved segments by name; each opens its rules, its live count and its CSV. */
export const SegmentList = () => {
  const t = useTranslations('segments');
  const trpc = useTRPC();
  const router = useRouter();
  const [includeArchived, setIncludeArchived] = useShowArchived();
  const canManage = useCan('programme:manage');
  const segments = useQuery(trpc.segments.list.queryOptions({ includeArchived }));

  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: t('columns.name'),
        cell: (info) => (
          <span className="flex min-w-40 flex-wrap items-center gap-2">
            <Link
              href={`/segments/${info.row.original.id}`}
              className="font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {info.getValue()}
            </Link>
            {info.row.original.archivedAt ? (
              <Badge tone="neutral" className="text-xs">
                {t('status.archived')}
              </Badge>
            ) : null}
          </span>
        ),
      }),
      column.accessor('description', {
        header: t('columns.description'),
        cell: (info) =>
          info.getValue() ? (
            <span className="line-clamp-2 max-w-prose min-w-48 text-ink-muted">
              {info.getValue()}
            </span>
          ) : (
            <span className="text-ink-muted">—</span>
          ),
      }),
      column.accessor('updatedAt', {
        header: t('columns.updated'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
    ],
    [t],
  );

  return (
    <div className="flex flex-col gap-4">
      <ShowArchivedToggle
        checked={includeArchived}
        onChange={setIncludeArchived}
        label={t('showArchived')}
      />

      {segments.error ? (
        <QueryError error={segments.error} onRetry={() => segments.refetch()} />
      ) : null}

      <DataTable
        caption={t('title')}
        columns={columns}
        rows={segments.error ? [] : segments.data}
        rowKey={(row) => row.id}
        onRowClick={(row) => router.push(`/segments/${row.id}`)}
        skeletonRows={4}
        empty={
          segments.error ? null : (
            <EmptyState
              title={t('empty.title')}
              description={t('empty.description')}
              action={
                canManage ? (
                  <Link href="/segments/new" className="font-semibold text-brand-800 underline">
                    {t('empty.action')}
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
