'use client';

import { Button, EmptyState, SelectField } from '@fidele/ui';
import { MESSAGE_CHANNELS, MESSAGE_STATUSES } from '@fidele/validators';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CustomerLink } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { onFilterSubmit, useListParams } from '@/lib/use-list-params.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { useMessageColumns } from './message-columns.tsx';
import type { OutboxMessage } from './message-details.tsx';
import { messageFilter, messageParamsQuery, readMessageParams } from './message-list-params.ts';

const PAGE_SIZE = 25;

const column = createColumnHelper<OutboxMessage>();

/**
 * The outbox, latest first, one channel or status at a time (state in the URL): to whom, about
 * what, where each message stands and why.
 */
export const MessageList = () => {
  const t = useTranslations('messages');
  const tc = useTranslations('common');
  const tChannel = useTranslations('channels');
  const trpc = useTRPC();
  const { params, navigate, reset } = useListParams(readMessageParams, messageParamsQuery);
  const list = useQuery({
    ...trpc.messages.list.queryOptions({ ...messageFilter(params), pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const messageColumns = useMessageColumns();
  const columns = useMemo(
    () => [
      messageColumns.createdAt,
      column.accessor('customer', {
        header: t('columns.customer'),
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
      messageColumns.channel,
      messageColumns.about,
      messageColumns.status,
      messageColumns.details,
    ],
    [t, messageColumns],
  );

  const filter = onFilterSubmit((text) => {
    const { channel, status } = readMessageParams(
      new URLSearchParams({ channel: text('channel'), status: text('status') }),
    );
    navigate({ channel, status, page: 1 });
  });
  const filtered = Boolean(params.channel || params.status);

  return (
    <section aria-labelledby="message-list-title" className="flex flex-col gap-4">
      <h2 id="message-list-title" className="text-lg font-semibold text-ink">
        {t('list.title')}
      </h2>
      <form
        role="search"
        aria-label={t('list.filters')}
        onSubmit={filter}
        key={messageParamsQuery({ ...params, page: 1 })}
        className="flex flex-wrap items-end gap-3"
      >
        <SelectField
          label={t('list.channel')}
          name="channel"
          defaultValue={params.channel}
          options={[
            { value: '', label: tc('allChannels') },
            ...MESSAGE_CHANNELS.map((channel) => ({ value: channel, label: tChannel(channel) })),
          ]}
        />
        <SelectField
          label={t('list.status')}
          name="status"
          defaultValue={params.status}
          options={[
            { value: '', label: t('list.allStatuses') },
            ...MESSAGE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ]}
        />
        <Button type="submit">{t('list.filter')}</Button>
        {filtered ? (
          <Button type="button" variant="ghost" onClick={reset}>
            {t('list.reset')}
          </Button>
        ) : null}
      </form>

      <p className="text-sm text-ink-muted" aria-live="polite">
        {list.data ? t('list.count', { total: list.data.total }) : null}
      </p>

      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      <DataTable
        caption={t('list.title')}
        columns={columns}
        rows={list.error ? [] : list.data?.rows}
        rowKey={(row) => row.id}
        empty={
          list.error ? null : (
            <EmptyState
              title={t(filtered ? 'list.noMatch' : 'list.empty.title')}
              description={filtered ? undefined : t('list.empty.description')}
            />
          )
        }
      />

      <ListPagination data={list.data} onPageChange={(page) => navigate({ page })} />
    </section>
  );
};
