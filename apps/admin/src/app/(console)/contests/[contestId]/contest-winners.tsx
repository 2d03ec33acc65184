'use client';

import { Badge, Button, DateTime, EmptyState } from '@fidele/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { CustomerLink } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import type { WinnerToDisqualify } from './disqualify-winner-dialog.tsx';
import { EntryPost, entrantName } from './entry-post.tsx';

type Winner = StaffOutputs['contests']['get']['winners'][number];

const column = createColumnHelper<Winner>();

/** Who a winner is, for her row's buttons and the dialog: her entrant as the entries name her. */
const whoWon = (winner: Winner) => entrantName({ ...winner, handle: winner.entry.handle });

/**
 * The people drawn, in the order they were picked: who (a member opens her page), her post, and
 * whether she still wins; a winner can be disqualified, the next person drawn then wins.
 */
export const ContestWinners = ({
  winners,
  onDisqualify,
}: {
  winners: Winner[];
  onDisqualify: (winner: NonNullable<WinnerToDisqualify>) => void;
}) => {
  const t = useTranslations('contests.draw.winners');
  const columns = [
    column.accessor('pick', {
      header: t('columns.pick'),
      cell: (info) => <span className="tabular-nums">{info.getValue()}</span>,
    }),
    column.accessor('customer', {
      header: t('columns.entrant'),
      cell: (info) => {
        const customer = info.getValue();
        return customer ? (
          <CustomerLink customer={customer} />
        ) : (
          <span className="flex min-w-32 flex-col">
            <span className="break-all">@{info.row.original.entry.handle}</span>
            <span className="text-xs text-ink-muted">{t('notMember')}</span>
          </span>
        );
      },
    }),
    column.accessor('entry', {
      header: t('columns.post'),
      cell: (info) => <EntryPost post={info.getValue()} />,
    }),
    column.accessor('disqualifiedAt', {
      header: t('columns.status'),
      cell: (info) => {
        const winner = info.row.original;
        const who = whoWon(winner);
        return winner.disqualifiedAt ? (
          <span className="flex min-w-40 flex-col items-start gap-1">
            <Badge tone="danger">{t('disqualified')}</Badge>
            <span className="text-xs">{winner.disqualifyReason}</span>
            <span className="text-xs text-ink-muted">
              <DateTime value={winner.disqualifiedAt} />
            </span>
          </span>
        ) : (
          <span className="flex min-w-40 flex-col items-start gap-1">
            <Badge tone="success">{t('winner')}</Badge>
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('disqualifyOne', { who })}
              onClick={() => onDisqualify({ id: winner.id, who })}
            >
              {t('disqualify')}
            </Button>
          </span>
        );
      },
    }),
  ];
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      rows={winners}
      rowKey={(row) => row.id}
      empty={<EmptyState title={t('empty')} />}
    />
  );
};
