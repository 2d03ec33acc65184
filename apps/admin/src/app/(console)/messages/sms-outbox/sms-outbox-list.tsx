'use client';

import { DateTime, EmptyState } from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { can } from '@fidele/auth/permissions';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useStaff } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { StopReply } from './stop-reply.tsx';

const PAGE_SIZE = 25;

type KeptSms = StaffOutputs['messages']['smsOutbox']['rows'][number];

const column = createColumnHelper<KeptSms>();

/** The SMS the development provider kept, latest first: when, to and from whom, what it said. */
export const SmsOutboxList = () => {
  const t = useTranslations('smsOutbox');
  const format = useFormatter();
  const trpc = useTRPC();
  const { role } = useStaff();
  const mayReply = can(role, 'programme:manage');
  const [page, setPage] = useState(1);
  const outbox = useQuery({
    ...trpc.messages.smsOutbox.queryOptions({ page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor('createdAt', {
        header: t('columns.time'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor('to', {
        header: t('columns.to'),
        cell: (info) => <span className="font-mono whitespace-nowrap">{info.getValue()}</span>,
      }),
      column.accessor('sender', { header: t('columns.sender') }),
      column.accessor('body', {
        header: t('columns.text'),
        cell: (info) => (
          <span className="block max-w-prose min-w-64 break-words whitespace-pre-wrap">
            {info.getValue()}
          </span>
        ),
      }),
      column.accessor('segments', {
        header: t('columns.segments'),
        meta: { align: 'end' },
        cell: (info) => format.number(info.getValue()),
      }),
      ...(mayReply
        ? [
            column.display({
              id: 'reply',
              meta: { pin: 'end' },
              header: t('columns.reply'),
              cell: (info) => <StopReply smsId={info.row.original.id} />,
            }),
          ]
        : []),
    ],
    [t, format, mayReply],
  );

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted" aria-live="polite">
        {outbox.data ? t('count', { total: outbox.data.total }) : null}
      </p>

      {outbox.error ? <QueryError error={outbox.error} onRetry={() => outbox.refetch()} /> : null}

      <DataTable
        caption={t('title')}
        columns={columns}
        rows={outbox.error ? [] : outbox.data?.rows}
        rowKey={(row) => row.id}
        empty={
          outbox.error ? null : (
            <EmptyState title={t('empty.title')} description={t('empty.description')} />
          )
        }
      />

      <ListPagination data={outbox.data} onPageChange={setPage} />
    </div>
  );
};
