'use client';

import {
  Badge,
  Button,
  DateTime,
  EmptyState,
  localisedName,
  SelectField,
  TextField,
} from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { availabilityTone } from '@/components/availability.ts';
import { DataTable } from '@/components/data-table.tsx';
import { useDiscountWords } from '@/components/discount-words.ts';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { onFilterSubmit, useListParams } from '@/lib/use-list-params.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { offerParamsQuery, readOfferParams } from './offer-list-params.ts';
import { OfferTarget } from './offer-target.tsx';

const PAGE_SIZE = 25;
const STATUSES = ['live', 'scheduled', 'ended', 'archived'] as const;

type OfferRow = StaffOutputs['offers']['list']['rows'][number];

const column = createColumnHelper<OfferRow>();

/** The VIP offers, newest start first: who each is for, when, what it gives and how it went. */
export const OfferList = () => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const canManage = useCan('programme:manage');
  const discountWords = useDiscountWords();
  const { params, navigate, reset } = useListParams(readOfferParams, offerParamsQuery);

  const list = useQuery({
    ...trpc.offers.list.queryOptions({
      query: params.query || undefined,
      status: params.status || undefined,
      sort: params.sort,
      direction: params.direction,
      page: params.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor((o) => localisedName(o, 'title', locale), {
        id: 'title',
        header: t('offers.columns.title'),
        enableSorting: false,
        cell: (info) => (
          <Link
            href={`/offers/${info.row.original.id}`}
            className="block min-w-44 font-semibold text-brand-800 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.display({
        id: 'target',
        header: t('offers.columns.target'),
        enableSorting: false,
        cell: (info) => <OfferTarget target={info.row.original} />,
      }),
      column.accessor('startsAt', {
        header: t('offers.columns.dates'),
        cell: (info) => (
          <span className="flex flex-col whitespace-nowrap">
            <DateTime value={info.getValue()} />
            <span className="text-xs text-ink-muted">
              {t('offers.until')} <DateTime value={info.row.original.endsAt} />
            </span>
          </span>
        ),
      }),
      column.accessor('channels', {
        header: t('offers.columns.channels'),
        enableSorting: false,
        cell: (info) => t(`rewardWhere.${info.getValue()}`),
      }),
      column.accessor('discount', {
        header: t('offers.columns.benefit'),
        enableSorting: false,
        cell: (info) => {
          const words = discountWords(info.getValue());
          return (
            <span className="flex min-w-36 flex-col">
              <span>{words.what}</span>
              <span className="text-xs text-ink-muted">
                {[t(`offers.benefit.${info.row.original.benefit}`), words.minBasket]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
          );
        },
      }),
      column.accessor('claimedCount', {
        header: t('offers.columns.claims'),
        meta: { align: 'end' },
        cell: (info) => (
          <span className="whitespace-nowrap">
            {info.row.original.totalCap === null
              ? t('offers.claimed', { claimed: info.getValue() })
              : t('offers.claimedOfCap', {
                  claimed: info.getValue(),
                  cap: info.row.original.totalCap,
                })}
          </span>
        ),
      }),
      column.accessor('phase', {
        header: t('offers.columns.status'),
        enableSorting: false,
        cell: (info) => (
          <Badge tone={availabilityTone[info.getValue()]} className="whitespace-nowrap">
            {t(`offers.status.${info.getValue()}`)}
          </Badge>
        ),
      }),
    ],
    [t, locale, discountWords],
  );

  const search = onFilterSubmit((text) => {
    const { query, status } = readOfferParams(
      new URLSearchParams({ q: text('q'), status: text('status') }),
    );
    navigate({ query, status, sort: params.sort, direction: params.direction, page: 1 });
  });

  const data = list.data;
  const filtered = Boolean(params.query || params.status);

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        aria-label={t('offers.filters')}
        onSubmit={search}
        key={offerParamsQuery({ ...params, page: 1 })}
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-end lg:max-w-3xl"
      >
        <TextField
          label={t('offers.search')}
          placeholder={t('offers.searchHint')}
          name="q"
          type="search"
          defaultValue={params.query}
        />
        <SelectField
          label={t('offers.statusFilter')}
          name="status"
          defaultValue={params.status}
          options={[
            { value: '', label: t('offers.allStatuses') },
            ...STATUSES.map((status) => ({ value: status, label: t(`offers.status.${status}`) })),
          ]}
        />
        <div className="flex gap-2">
          <Button type="submit">{t('offers.searchSubmit')}</Button>
          {filtered ? (
            <Button type="button" variant="ghost" onClick={reset}>
              {t('offers.reset')}
            </Button>
          ) : null}
        </div>
      </form>

      <p className="text-sm text-ink-muted" aria-live="polite">
        {data ? t('offers.count', { total: data.total }) : null}
      </p>

      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      <DataTable
        caption={t('offers.title')}
        columns={columns}
        rows={list.error ? [] : data?.rows}
        rowKey={(row) => row.id}
        onRowClick={(row) => router.push(`/offers/${row.id}`)}
        sorting={[{ id: params.sort, desc: params.direction === 'desc' }]}
        onSortingChange={([sort]) =>
          sort &&
          navigate({
            sort: sort.id === 'claimedCount' ? 'claimedCount' : 'startsAt',
            direction: sort.desc ? 'desc' : 'asc',
            page: 1,
          })
        }
        sortLabel={(name) => t('common.sortBy', { column: name })}
        empty={
          list.error ? null : filtered ? (
            <EmptyState
              title={t('offers.noMatch.title')}
              description={t('offers.noMatch.description')}
              action={
                <Button variant="secondary" onClick={reset}>
                  {t('offers.noMatch.clear')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              title={t('offers.empty.title')}
              description={t('offers.empty.description')}
              action={
                canManage ? (
                  <Link href="/offers/new" className="font-semibold text-brand-800 underline">
                    {t('offers.empty.action')}
                  </Link>
                ) : undefined
              }
            />
          )
        }
      />

      <ListPagination data={data} onPageChange={(page) => navigate({ page })} />
    </div>
  );
};
