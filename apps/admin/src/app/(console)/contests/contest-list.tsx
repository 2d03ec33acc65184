'use client';

import { Button, DateTime, EmptyState, localisedName, SelectField } from '@fidele/ui';
import { CONTEST_STATUSES, SOCIAL_NETWORK_NAMES } from '@fidele/validators';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { onFilterSubmit, useListParams } from '@/lib/use-list-params.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
// Contests are on the same schedule as games (scheduled, running, ended, archived): their list
// keeps its status in the URL, and shows it, as the games' does.
import { gameParamsQuery, readGameParams } from '../games/game-list-params.ts';
import { GameStatusBadge } from '../games/game-status.tsx';

const PAGE_SIZE = 25;

type ContestRow = StaffOutputs['contests']['list']['rows'][number];

const column = createColumnHelper<ContestRow>();

/**
 * The contests, latest start first: their networks, winners and dates, their entries (those still
 * to moderate first) and the members they brought. Winners and new members share columns, so every
 * column shows at 1024 px.
 */
export const ContestList = () => {
  const t = useTranslations('contests');
  const tStatus = useTranslations('games.status');
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const { params, navigate, reset } = useListParams(readGameParams, gameParamsQuery);
  const list = useQuery({
    ...trpc.contests.list.queryOptions({
      status: params.status || undefined,
      page: params.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor((contest) => localisedName(contest, 'title', locale), {
        id: 'title',
        header: t('columns.title'),
        cell: (info) => (
          <span className="flex min-w-44 flex-col">
            <Link
              href={`/contests/${info.row.original.id}`}
              className="font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {info.getValue()}
            </Link>
            <span className="text-xs text-ink-muted">
              {t('networksAndWinners', {
                networks: info.row.original.networks
                  .map((network) => SOCIAL_NETWORK_NAMES[network])
                  .join(', '),
                count: info.row.original.winnerCount,
              })}
            </span>
          </span>
        ),
      }),
      column.accessor('startsAt', {
        header: t('columns.dates'),
        cell: (info) => (
          <span className="flex flex-col whitespace-nowrap">
            <DateTime value={info.getValue()} format="date" />
            <span className="text-xs text-ink-muted">
              {t('until')} <DateTime value={info.row.original.endsAt} format="date" />
            </span>
          </span>
        ),
      }),
      column.accessor('entries', {
        header: t('columns.entries'),
        cell: (info) => {
          const { pending, approved, rejected } = info.getValue();
          return (
            <span className="flex flex-col whitespace-nowrap">
              <span className={pending ? 'font-semibold' : 'text-ink-muted'}>
                {t('counts.pending', { count: pending })}
              </span>
              <span className="text-xs text-ink-muted">
                {t('counts.decided', { approved, rejected })}
              </span>
              <span className="text-xs text-ink-muted">
                {t('counts.newMembers', { count: info.row.original.newMembers })}
              </span>
            </span>
          );
        },
      }),
      column.accessor('status', {
        header: t('columns.status'),
        cell: (info) => <GameStatusBadge status={info.getValue()} />,
      }),
    ],
    [t, locale],
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
            ...CONTEST_STATUSES.map((status) => ({ value: status, label: tStatus(status) })),
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
        onRowClick={(row) => router.push(`/contests/${row.id}`)}
        empty={
          list.error ? null : (
            <EmptyState
              title={t(params.status ? 'noMatch' : 'empty.title')}
              description={params.status ? undefined : t('empty.description')}
              action={
                <Link href="/contests/new" className="font-semibold text-brand-800 underline">
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
