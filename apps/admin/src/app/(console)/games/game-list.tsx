'use client';

import { Button, DateTime, EmptyState, localisedName, SelectField } from '@fidele/ui';
import { GAME_STATUSES } from '@fidele/validators';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { onFilterSubmit, useListParams } from '@/lib/use-list-params.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { gameParamsQuery, readGameParams } from './game-list-params.ts';
import { GameStatusBadge } from './game-status.tsx';

const PAGE_SIZE = 25;

type GameRow = StaffOutputs['games']['list']['rows'][number];

const column = createColumnHelper<GameRow>();

/** The games, latest start first: their type, dates, plays and the points given of the budget. */
export const GameList = () => {
  const t = useTranslations('games');
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const { params, navigate, reset } = useListParams(readGameParams, gameParamsQuery);
  const list = useQuery({
    ...trpc.games.list.queryOptions({
      status: params.status || undefined,
      page: params.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor((game) => localisedName(game, 'title', locale), {
        id: 'title',
        header: t('columns.title'),
        cell: (info) => (
          <Link
            href={`/games/${info.row.original.id}`}
            className="block min-w-44 font-semibold text-brand-800 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor('type', {
        header: t('columns.type'),
        cell: (info) => t(`types.${info.getValue()}`),
      }),
      column.accessor('startsAt', {
        header: t('columns.dates'),
        cell: (info) => (
          <span className="flex flex-col whitespace-nowrap">
            <DateTime value={info.getValue()} />
            <span className="text-xs text-ink-muted">
              {t('until')} <DateTime value={info.row.original.endsAt} />
            </span>
          </span>
        ),
      }),
      column.accessor('plays', {
        header: t('columns.plays'),
        meta: { align: 'end' },
        cell: (info) => format.number(info.getValue()),
      }),
      column.accessor('pointsGiven', {
        header: t('columns.budget'),
        meta: { align: 'end' },
        cell: (info) => {
          const { pointsBudgetTotal: total, pointsBudgetPerDay: perDay } = info.row.original;
          return (
            <span className="flex flex-col whitespace-nowrap">
              <span>
                {total === null
                  ? t('pointsGiven', { points: info.getValue() })
                  : t('pointsGivenOfBudget', { points: info.getValue(), budget: total })}
              </span>
              {perDay === null ? null : (
                <span className="text-xs text-ink-muted">{t('perDay', { budget: perDay })}</span>
              )}
            </span>
          );
        },
      }),
      column.accessor('status', {
        header: t('columns.status'),
        cell: (info) => <GameStatusBadge status={info.getValue()} />,
      }),
    ],
    [t, locale, format],
  );

  const search = onFilterSubmit((text) => {
    const { status } = readGameParams(new URLSearchParams({ status: text('status') }));
    navigate({ status, page: 1 });
  });

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        aria-label={t('filters')}
        onSubmit={search}
        key={gameParamsQuery({ ...params, page: 1 })}
        className="flex flex-wrap items-end gap-3"
      >
        <SelectField
          label={t('statusFilter')}
          name="status"
          defaultValue={params.status}
          options={[
            { value: '', label: t('allStatuses') },
            ...GAME_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ]}
        />
        <Button type="submit">{t('filter')}</Button>
        {params.status ? (
          <Button type="button" variant="ghost" onClick={reset}>
            {t('reset')}
          </Button>
        ) : null}
      </form>

      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      <DataTable
        caption={t('title')}
        columns={columns}
        rows={list.error ? [] : list.data?.rows}
        rowKey={(row) => row.id}
        onRowClick={(row) => router.push(`/games/${row.id}`)}
        empty={
          list.error ? null : (
            <EmptyState
              title={t(params.status ? 'noMatch' : 'empty.title')}
              description={params.status ? undefined : t('empty.description')}
              action={
                <Link href="/games/new" className="font-semibold text-brand-800 underline">
                  {t('empty.action')}
                </Link>
              }
            />
          )
        }
      />

      <ListPagination data={list.data} onPageChange={(page) => navigate({ page })} />
    </div>
  );
};
