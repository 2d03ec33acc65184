'use client';

import { Badge, Button, DateTime, EmptyState, Points, TextField, tierNameIn } from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CustomerLink, customerName } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { onFilterSubmit, useListParams } from '@/lib/use-list-params.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { type CustomerSortKey, listParamsQuery, readListParams } from './customer-list-params.ts';

const PAGE_SIZE = 25;

type CustomerRow = StaffOutputs['customers']['list']['items'][number];

const column = createColumnHelper<CustomerRow>();

export const CustomerList = () => {
  const t = useTranslations('customers');
  const locale = useLocale();
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const router = useRouter();
  const { params, navigate } = useListParams(readListParams, listParamsQuery);

  const list = useQuery({
    ...trpc.customers.list.queryOptions({
      query: params.query || undefined,
      page: params.page,
      pageSize: PAGE_SIZE,
      sort: params.sort,
      direction: params.direction,
    }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor(customerName, {
        id: 'name',
        header: t('columns.name'),
        cell: (info) => <CustomerLink customer={info.row.original} />,
      }),
      column.accessor('email', { header: t('columns.email') }),
      column.accessor('memberCode', {
        header: t('columns.memberCode'),
        cell: (info) => <span className="font-mono">{info.getValue()}</span>,
      }),
      column.accessor((c) => tierNameIn(c.tier, locale), {
        id: 'tier',
        header: t('columns.tier'),
        enableSorting: false,
        cell: (info) => <Badge tone="brand">{info.getValue()}</Badge>,
      }),
      column.accessor('pointsBalance', {
        id: 'balance',
        header: t('columns.balance'),
        meta: { align: 'end' },
        cell: (info) => <Points value={info.getValue()} />,
      }),
      column.accessor('createdAt', {
        header: t('columns.createdAt'),
        cell: (info) => <DateTime value={info.getValue()} format="date" />,
      }),
    ],
    [t, locale],
  );

  const search = onFilterSubmit((text) => navigate({ query: text('q'), page: 1 }));

  const data = list.data;

  return (
    <div className="flex flex-col gap-4">
      <form role="search" onSubmit={search} className="flex flex-wrap items-end gap-2">
        <TextField
          key={params.query}
          label={t('search')}
          placeholder={t('searchHint')}
          name="q"
          type="search"
          defaultValue={params.query}
          className="w-full max-w-md"
        />
        <Button type="submit">{t('searchSubmit')}</Button>
      </form>

      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      <DataTable
        caption={t('title')}
        columns={columns}
        rows={list.error ? [] : data?.items}
        rowKey={(row) => row.id}
        sorting={[{ id: params.sort, desc: params.direction === 'desc' }]}
        onSortingChange={([sort]) =>
          sort &&
          navigate({
            sort: sort.id as CustomerSortKey,
            direction: sort.desc ? 'desc' : 'asc',
            page: 1,
          })
        }
        sortLabel={(name) => tc('sortBy', { column: name })}
        onRowClick={(row) => router.push(`/customers/${row.id}`)}
        empty={
          list.error ? null : params.query ? (
            <EmptyState
              title={t('noMatch.title', { query: params.query })}
              description={t('noMatch.description')}
              action={
                <Button variant="secondary" onClick={() => navigate({ query: '', page: 1 })}>
                  {t('noMatch.clear')}
                </Button>
              }
            />
          ) : (
            <EmptyState title={t('empty.title')} description={t('empty.description')} />
          )
        }
      />

      <ListPagination data={data} onPageChange={(page) => navigate({ page })} />
    </div>
  );
};
