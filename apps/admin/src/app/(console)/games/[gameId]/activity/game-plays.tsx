'use client';

import { Badge, Button, Card, DateTime, EmptyState } from '@fidele/ui';
import { useQueries } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs, StaffOutputs } from '@/trpc/types.ts';
import { type PlayToVoid, VoidPlayDialog } from './void-play-dialog.tsx';

const PAGE_SIZE = 50;

type Play = StaffOutputs['gamePlays']['list']['items'][number];
type Before = StaffInputs['gamePlays']['list']['before'];

const column = createColumnHelper<Play>();

/**
 * The game's plays, newest first, a page more at a time; winners only if asked. A play found to be
 * abuse is voided from here, with a reason.
 */
export const GamePlays = ({
  gameId,
  prizeLabel,
}: {
  gameId: string;
  /** A prize's label by its id (the rows of every table version the game had). */
  prizeLabel: (prizeId: string) => string;
}) => {
  const t = useTranslations('gameActivity.plays');
  const trpc = useTRPC();
  const [winnersOnly, setWinnersOnly] = useState(false);
  // The cursor of each page shown: "More" adds the previous page's last play.
  const [cursors, setCursors] = useState<Before[]>([undefined]);
  const [toVoid, setToVoid] = useState<PlayToVoid>(null);
  const pages = useQueries({
    queries: cursors.map((before) =>
      trpc.gamePlays.list.queryOptions({ gameId, winnersOnly, limit: PAGE_SIZE, before }),
    ),
  });
  const rows = pages.flatMap((page) => page.data?.items ?? []);
  const last = pages.at(-1);
  const failed = pages.find((page) => page.error);

  const columns = useMemo(
    () => [
      column.accessor('playedAt', {
        header: t('columns.when'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor('memberCode', {
        header: t('columns.player'),
        cell: (info) => (
          <span className="flex flex-col">
            <span>{info.row.original.firstName}</span>
            <span className="font-mono text-xs text-ink-muted">{info.getValue()}</span>
          </span>
        ),
      }),
      column.accessor('prizeId', {
        header: t('columns.prize'),
        cell: (info) => {
          const { prizeId, points } = info.row.original;
          return prizeId
            ? prizeLabel(prizeId)
            : points > 0
              ? t('points', { points })
              : t('nothing');
        },
      }),
      column.accessor('points', {
        header: t('columns.points'),
        meta: { align: 'end' },
        cell: (info) => info.getValue(),
      }),
      column.accessor('ip', {
        header: t('columns.address'),
        cell: (info) => <span className="font-mono text-xs">{info.getValue() ?? '—'}</span>,
      }),
      column.display({
        id: 'void',
        meta: { pin: 'end' },
        header: t('columns.void'),
        cell: (info) => {
          const play = info.row.original;
          return play.voidedAt ? (
            <span className="flex flex-col gap-1">
              <Badge tone="warning" className="self-start">
                {t('voided')}
              </Badge>
              <span className="text-xs text-ink-muted">{play.voidReason}</span>
            </span>
          ) : (
            <Button
              variant="ghost"
              size="sm"
              onClick={(event) => {
                event.stopPropagation();
                setToVoid({ id: play.id, who: play.memberCode });
              }}
            >
              {t('void')}
            </Button>
          );
        },
      }),
    ],
    [t, prizeLabel],
  );

  return (
    <Card
      title={t('title')}
      data-testid="game-plays"
      actions={
        <label className="inline-flex min-h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-5 accent-brand-700"
            checked={winnersOnly}
            onChange={(event) => {
              setWinnersOnly(event.target.checked);
              setCursors([undefined]);
            }}
          />
          {t('winnersOnly')}
        </label>
      }
    >
      <div className="flex flex-col gap-4">
        {failed ? <QueryError error={failed.error} onRetry={() => failed.refetch()} /> : null}
        <DataTable
          caption={t('title')}
          columns={columns}
          rows={pages[0]?.data ? rows : undefined}
          rowKey={(row) => row.id}
          skeletonRows={3}
          empty={<EmptyState title={t('empty')} />}
        />
        {last?.data?.next ? (
          <Button
            variant="secondary"
            className="self-start"
            loading={last.isFetching}
            onClick={() => setCursors((current) => [...current, last.data.next ?? undefined])}
          >
            {t('more')}
          </Button>
        ) : null}
      </div>
      <VoidPlayDialog play={toVoid} onClose={() => setToVoid(null)} />
    </Card>
  );
};
