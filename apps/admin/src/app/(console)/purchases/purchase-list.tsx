'use client';

import {
  Button,
  buttonStyles,
  DateTime,
  EmptyState,
  Money,
  Points,
  SelectField,
  TextField,
} from '@fidele/ui';
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
import type { StaffOutputs } from '@/trpc/types.ts';
import { purchaseFilter, purchaseParamsQuery, readPurchaseParams } from './purchase-filter.ts';

const PAGE_SIZE = 25;

type PurchaseRow = StaffOutputs['purchases']['list']['rows'][number];

const column = createColumnHelper<PurchaseRow>();

/** Every channel's purchases, filtered in the URL, with the same filter exported as CSV. */
export const PurchaseList = () => {
  const t = useTranslations('purchaseList');
  const tc = useTranslations('common');
  const tChannel = useTranslations('channels');
  const trpc = useTRPC();
  const { params, navigate, reset } = useListParams(readPurchaseParams, purchaseParamsQuery);

  const shops = useQuery(trpc.purchases.shops.queryOptions());
  const list = useQuery({
    ...trpc.purchases.list.queryOptions({ ...purchaseFilter(params), pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor('occurredAt', {
        header: t('columns.date'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor('channel', {
        header: t('columns.channel'),
        enableSorting: false,
        cell: (info) => tChannel(info.getValue()),
      }),
      column.accessor((p) => p.shop.name, {
        id: 'shop',
        header: t('columns.shop'),
        enableSorting: false,
      }),
      column.accessor('customer', {
        header: t('columns.customer'),
        enableSorting: false,
        cell: (info) => {
          const customer = info.getValue();
          return customer ? (
            <CustomerLink customer={customer} />
          ) : (
            <span className="text-ink-muted">{t('anonymous')}</span>
          );
        },
      }),
      column.accessor('externalId', {
        header: t('columns.receipt'),
        enableSorting: false,
        cell: (info) => <span className="font-mono text-sm">{info.getValue()}</span>,
      }),
      column.accessor('amount', {
        header: t('columns.amount'),
        meta: { align: 'end' },
        cell: (info) => <Money amount={info.getValue()} currency={info.row.original.currency} />,
      }),
      column.accessor('pointsEarned', {
        header: t('columns.points'),
        enableSorting: false,
        meta: { align: 'end' },
        cell: (info) => <Points value={info.getValue()} />,
      }),
      column.accessor('refundedAmount', {
        header: t('columns.refunded'),
        enableSorting: false,
        meta: { align: 'end' },
        cell: (info) =>
          info.getValue() > 0 ? (
            <Money amount={info.getValue()} currency={info.row.original.currency} />
          ) : (
            <span className="text-ink-muted">—</span>
          ),
      }),
      column.accessor('pointsClawedBack', {
        header: t('columns.clawedBack'),
        enableSorting: false,
        meta: { align: 'end' },
        cell: (info) =>
          info.getValue() > 0 ? (
            <Points value={info.getValue()} />
          ) : (
            <span className="text-ink-muted">—</span>
          ),
      }),
    ],
    [t, tChannel],
  );

  const applyFilters = onFilterSubmit((text) =>
    navigate({
      ...readPurchaseParams(
        new URLSearchParams({
          channel: text('channel'),
          shop: text('shop'),
          customer: text('customer'),
          from: text('from'),
          to: text('to'),
          refunded: text('refunded'),
        }),
      ),
      sort: params.sort,
      direction: params.direction,
      page: 1,
    }),
  );

  const data = list.data;
  const filtered = purchaseParamsQuery({ ...params, sort: 'occurredAt', direction: 'desc' }, false);

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        aria-label={t('filters')}
        onSubmit={applyFilters}
        key={purchaseParamsQuery(params, false)}
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
      >
        <SelectField
          label={t('channel')}
          name="channel"
          defaultValue={params.channel}
          options={[
            { value: '', label: tc('allChannels') },
            { value: 'STORE', label: tChannel('STORE') },
            { value: 'ESHOP', label: tChannel('ESHOP') },
          ]}
        />
        <SelectField
          label={t('shop')}
          name="shop"
          defaultValue={params.shopId}
          options={[
            ...(shops.data?.all !== false ? [{ value: '', label: t('allShops') }] : []),
            ...(shops.data?.shops ?? []).map((shop) => ({ value: shop.id, label: shop.name })),
          ]}
        />
        <TextField
          label={t('customer')}
          placeholder={t('customerHint')}
          name="customer"
          type="search"
          defaultValue={params.customer}
        />
        <TextField label={t('from')} name="from" type="date" defaultValue={params.from} />
        <TextField label={t('to')} name="to" type="date" defaultValue={params.to} />
        <SelectField
          label={t('refunds')}
          name="refunded"
          defaultValue={params.refunded}
          options={[
            { value: '', label: t('refundsAll') },
            { value: 'yes', label: t('refundsOnly') },
            { value: 'no', label: t('refundsNone') },
          ]}
        />
        <div className="flex gap-2">
          <Button type="submit">{t('apply')}</Button>
          <Button type="button" variant="ghost" onClick={reset}>
            {t('reset')}
          </Button>
        </div>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-ink-muted" aria-live="polite">
          {data ? t('count', { total: data.total }) : null}
        </p>
        <a
          href={`/api/purchases/csv${filtered}`}
          className={buttonStyles({ variant: 'secondary' })}
          download
        >
          {t('export')}
        </a>
      </div>

      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      <DataTable
        caption={t('title')}
        columns={columns}
        rows={list.error ? [] : data?.rows}
        rowKey={(row) => row.id}
        sorting={[
          {
            id: params.sort === 'amount' ? 'amount' : 'occurredAt',
            desc: params.direction === 'desc',
          },
        ]}
        onSortingChange={([sort]) =>
          sort &&
          navigate({
            sort: sort.id === 'amount' ? 'amount' : 'occurredAt',
            direction: sort.desc ? 'desc' : 'asc',
            page: 1,
          })
        }
        sortLabel={(name) => tc('sortBy', { column: name })}
        empty={
          list.error ? null : (
            <EmptyState title={t('empty.title')} description={t('empty.description')} />
          )
        }
      />

      <ListPagination data={data} onPageChange={(page) => navigate({ page })} />
    </div>
  );
};
