'use client';

import {
  Button,
  buttonStyles,
  DateTime,
  EmptyState,
  Money,
  Pagination,
  Points,
  SelectField,
  TextField,
} from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import {
  purchaseFilter,
  type PurchaseListParams,
  purchaseParamsQuery,
  readPurchaseParams,
} from './purchase-filter.ts';

const PAGE_SIZE = 25;

type PurchaseRow = StaffOutputs['purchases']['list']['rows'][number];

const column = createColumnHelper<PurchaseRow>();

/** Every channel's purchases, filtered in the URL, with the same filter exported as CSV. */
export const PurchaseList = () => {
  const t = useTranslations('purchaseList');
  const tc = useTranslations('common');
  const tChannel = useTranslations('channels');
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = readPurchaseParams(useSearchParams());

  const navigate = (next: Partial<PurchaseListParams>) =>
    router.replace(`${pathname}${purchaseParamsQuery({ ...params, ...next })}`, { scroll: false });

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
            <Link
              href={`/customers/${customer.id}`}
              className="font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {[customer.firstName, customer.lastName].filter(Boolean).join(' ')}
            </Link>
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

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
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
    });
  };

  const data = list.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
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
          <Button type="button" variant="ghost" onClick={() => router.replace(pathname)}>
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

      {data && data.total > 0 ? (
        <Pagination
          page={data.page}
          pageCount={pageCount}
          onPageChange={(page) => navigate({ page })}
          labels={{
            navigation: tc('pages'),
            previous: tc('previous'),
            next: tc('next'),
            status: tc('pageStatus', { page: data.page, pageCount, total: data.total }),
          }}
        />
      ) : null}
    </div>
  );
};
