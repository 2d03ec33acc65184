'use client';

import { buttonStyles, EmptyState } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { EndpointStatus } from './endpoint-status.tsx';

type Endpoint = StaffOutputs['webhooks']['list'][number];

const column = createColumnHelper<Endpoint>();

/** The programme's webhook endpoints: where each sends, what, and whether it works. */
export const EndpointList = () => {
  const t = useTranslations('outboundWebhooks');
  const trpc = useTRPC();
  const router = useRouter();
  const endpoints = useQuery(trpc.webhooks.list.queryOptions());

  const columns = useMemo(
    () => [
      column.accessor('url', {
        header: t('columns.url'),
        cell: (info) => (
          <span className="flex flex-col gap-0.5">
            <Link
              href={`/webhooks/${info.row.original.id}`}
              className="font-semibold break-all text-brand-800 hover:underline"
            >
              {info.getValue()}
            </Link>
            {info.row.original.description ? (
              <span className="text-xs text-ink-muted">{info.row.original.description}</span>
            ) : null}
          </span>
        ),
      }),
      column.accessor('events', {
        header: t('columns.events'),
        cell: (info) => (
          <span className="flex flex-wrap gap-1">
            {info.getValue().map((type) => (
              <code key={type} className="rounded bg-surface-muted px-1.5 text-xs">
                {type}
              </code>
            ))}
          </span>
        ),
      }),
      column.display({
        id: 'status',
        header: t('columns.status'),
        cell: (info) => <EndpointStatus endpoint={info.row.original} />,
      }),
    ],
    [t],
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/webhooks/new" className={buttonStyles({ size: 'sm' })}>
            {t('add')}
          </Link>
        }
      />
      {endpoints.error ? (
        <QueryError error={endpoints.error} onRetry={() => endpoints.refetch()} />
      ) : (
        <DataTable
          caption={t('title')}
          columns={columns}
          rows={endpoints.data}
          rowKey={(row) => row.id}
          onRowClick={(row) => router.push(`/webhooks/${row.id}`)}
          empty={<EmptyState title={t('empty.title')} description={t('empty.description')} />}
        />
      )}
    </>
  );
};
