'use client';

import { Alert, Badge, Button, EmptyState, localisedName, Points, tierNameIn } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import type { ArchiveChange } from '@/components/archive-dialog.tsx';
import { availabilityTone } from '@/components/availability.ts';
import { DataTable } from '@/components/data-table.tsx';
import { useDiscountWords } from '@/components/discount-words.ts';
import { QueryError } from '@/components/query-error.tsx';
import { ShowArchivedToggle, useShowArchived } from '@/components/show-archived.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { ArchiveRewardDialog } from './archive-reward-dialog.tsx';
import { rewardState } from './reward-state.ts';

type Reward = StaffOutputs['rewards']['list'][number];

const column = createColumnHelper<Reward>();

/** The catalog: what each reward costs and gives, how many codes it issued, where it stands. */
export const RewardList = () => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const [includeArchived, setIncludeArchived] = useShowArchived();
  const canManage = useCan('programme:manage');
  const discountWords = useDiscountWords();
  const [change, setChange] = useState<ArchiveChange | null>(null);
  const [done, setDone] = useState<ArchiveChange | null>(null);
  const rewards = useQuery(trpc.rewards.list.queryOptions({ includeArchived }));

  const columns = useMemo(
    () => [
      column.accessor((r) => localisedName(r, 'name', locale), {
        id: 'name',
        header: t('rewards.columns.name'),
        cell: (info) => (
          <span className="flex min-w-40 flex-col">
            {canManage ? (
              <Link
                href={`/rewards/${info.row.original.id}`}
                className="font-semibold text-brand-800 underline-offset-2 hover:underline"
              >
                {info.getValue()}
              </Link>
            ) : (
              <span className="font-semibold">{info.getValue()}</span>
            )}
            {info.row.original.minTier ? (
              <span className="text-xs text-ink-muted">
                {t('rewards.minTier', { tier: tierNameIn(info.row.original.minTier, locale) })}
              </span>
            ) : null}
          </span>
        ),
      }),
      column.accessor('pointsCost', {
        header: t('rewards.columns.cost'),
        meta: { align: 'end' },
        cell: (info) => (
          <span className="whitespace-nowrap">
            {t('common.points', { points: info.getValue() })}
          </span>
        ),
      }),
      column.accessor('discount', {
        header: t('rewards.columns.discount'),
        cell: (info) => {
          const words = discountWords(info.getValue());
          return (
            <span className="flex min-w-36 flex-col">
              <span>{words.what}</span>
              {words.minBasket ? (
                <span className="text-xs text-ink-muted">{words.minBasket}</span>
              ) : null}
            </span>
          );
        },
      }),
      column.accessor('channels', {
        header: t('rewards.columns.channels'),
        cell: (info) => t(`rewardWhere.${info.getValue()}`),
      }),
      column.accessor('stock', {
        header: t('rewards.columns.stock'),
        meta: { align: 'end' },
        cell: (info) => {
          const stock = info.getValue();
          return stock === null ? (
            <span className="text-ink-muted">{t('common.unlimited')}</span>
          ) : (
            <Points value={stock} />
          );
        },
      }),
      column.accessor('issued', {
        header: t('rewards.columns.issued'),
        meta: { align: 'end' },
        cell: (info) => <Points value={info.getValue()} />,
      }),
      column.accessor('redeemed', {
        header: t('rewards.columns.redeemed'),
        meta: { align: 'end' },
        cell: (info) => <Points value={info.getValue()} />,
      }),
      column.display({
        id: 'status',
        header: t('rewards.columns.status'),
        cell: (info) => {
          const state = rewardState(info.row.original);
          return (
            <Badge tone={availabilityTone[state]} className="whitespace-nowrap">
              {t(`rewards.status.${state}`)}
            </Badge>
          );
        },
      }),
      ...(canManage
        ? [
            column.display({
              id: 'actions',
              meta: { pin: 'end' },
              header: t('rewards.columns.actions'),
              cell: (info) => {
                const reward = info.row.original;
                const name = localisedName(reward, 'name', locale);
                const archived = reward.archivedAt !== null;
                return (
                  <span className="flex gap-1">
                    <Link
                      href={`/rewards/${reward.id}`}
                      aria-label={t('rewards.editNamed', { name })}
                      className="inline-flex min-h-9 items-center rounded-control px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                    >
                      {t('rewards.edit')}
                    </Link>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t(archived ? 'rewards.restoreNamed' : 'rewards.archiveNamed', {
                        name,
                      })}
                      onClick={() => {
                        setDone(null);
                        setChange({ id: reward.id, name, archive: !archived });
                      }}
                    >
                      {t(archived ? 'rewards.restore' : 'rewards.archive')}
                    </Button>
                  </span>
                );
              },
            }),
          ]
        : []),
    ],
    [t, locale, canManage, discountWords],
  );

  return (
    <div className="flex flex-col gap-4">
      <ShowArchivedToggle
        checked={includeArchived}
        onChange={setIncludeArchived}
        label={t('rewards.showArchived')}
      />

      {done ? (
        <Alert
          tone="success"
          title={t(done.archive ? 'rewards.archived' : 'rewards.restored', { name: done.name })}
        >
          <Link
            href={`/rewards/${done.id}#history`}
            className="font-semibold underline underline-offset-2"
          >
            {t('rewards.seeHistory')}
          </Link>
        </Alert>
      ) : null}

      {rewards.error ? (
        <QueryError error={rewards.error} onRetry={() => rewards.refetch()} />
      ) : null}

      <DataTable
        caption={t('rewards.title')}
        columns={columns}
        rows={rewards.error ? [] : rewards.data}
        rowKey={(row) => row.id}
        skeletonRows={5}
        empty={
          rewards.error ? null : (
            <EmptyState
              title={t('rewards.empty.title')}
              description={t('rewards.empty.description')}
              action={
                canManage ? (
                  <Link href="/rewards/new" className="font-semibold text-brand-800 underline">
                    {t('rewards.empty.action')}
                  </Link>
                ) : undefined
              }
            />
          )
        }
      />

      <ArchiveRewardDialog
        change={change}
        onClose={() => setChange(null)}
        onDone={(result) => {
          setChange(null);
          setDone(result);
        }}
      />
    </div>
  );
};
