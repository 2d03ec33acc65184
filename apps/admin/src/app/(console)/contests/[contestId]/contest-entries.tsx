'use client';

import {
  Alert,
  Badge,
  type BadgeTone,
  Button,
  Card,
  classNames,
  DateTime,
  EmptyState,
} from '@fidele/ui';
import type { CONTEST_ENTRY_STATUSES } from '@fidele/validators';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { CustomerLink } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { EntryClaim } from './entry-claim.tsx';
import { EntryPost, entrantName } from './entry-post.tsx';
import { moderationFailure, type ModerationOutcome, useModeration } from './moderation.ts';
import { type EntriesToReject, RejectEntriesDialog } from './reject-entries-dialog.tsx';

const PAGE_SIZE = 20;

type Entry = StaffOutputs['contests']['entries']['rows'][number];
type EntryStatus = (typeof CONTEST_ENTRY_STATUSES)[number];
type Counts = { pending: number; approved: number; rejected: number };

const STATUS_TONE: Record<EntryStatus, BadgeTone> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
};

const column = createColumnHelper<Entry>();

const toggle = (ids: readonly string[], id: string, on: boolean) =>
  on ? [...ids.filter((each) => each !== id), id] : ids.filter((each) => each !== id);

/**
 * The contest's entries, oldest first so the queue is worked in order, those still to moderate
 * unless another status is asked for: each one's entrant, post and decision. Entries are approved
 * or rejected one by one or ticked and decided together; a rejection says why, for the entrant.
 */
export const ContestEntries = ({
  id,
  contestId,
  counts,
  frozen,
}: {
  /** The card's anchor. */
  id: string;
  contestId: string;
  counts: Counts;
  /** The draw's list is frozen: entries are shown as they went in, no longer decided. */
  frozen: boolean;
}) => {
  const t = useTranslations('contests.entries');
  const trpc = useTRPC();
  const [status, setStatus] = useState<EntryStatus | ''>('PENDING');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [toReject, setToReject] = useState<EntriesToReject>(null);
  const [outcome, setOutcome] = useState<ModerationOutcome | null>(null);
  const entries = useQuery({
    ...trpc.contests.entries.queryOptions({
      contestId,
      status: status || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const moderated = (done: ModerationOutcome) => {
    setOutcome(done);
    setSelected([]);
  };
  const approve = useModeration(moderated);
  const rows = entries.data?.rows;
  const onPage = rows?.map((row) => row.id) ?? [];
  const allTicked = onPage.length > 0 && onPage.every((id) => selected.includes(id));
  const someTicked = onPage.some((id) => selected.includes(id));

  const show = (next: { status?: EntryStatus | ''; page?: number }) => {
    if (next.status !== undefined) setStatus(next.status);
    setPage(next.page ?? 1);
    setSelected([]);
  };
  const decide = (decision: 'APPROVE' | 'REJECT', ids: string[], who?: string) => {
    setOutcome(null);
    if (decision === 'REJECT') setToReject({ ids, who });
    else approve.mutate({ contestId, entryIds: ids, decision });
  };

  // Past the last page once its entries are decided away: back to the new last page.
  const lastPage = entries.data ? Math.ceil(entries.data.total / PAGE_SIZE) : 1;
  useEffect(() => {
    if (lastPage >= 1 && page > lastPage) setPage(lastPage);
  }, [page, lastPage]);

  // Built on each render: the header's and rows' checkboxes follow the selection.
  const columns = [
    column.display({
      id: 'select',
      header: () => (
        <input
          type="checkbox"
          aria-label={t('selectAll')}
          className="size-5 accent-brand-700"
          checked={allTicked}
          ref={(box) => {
            if (box) box.indeterminate = someTicked && !allTicked;
          }}
          onChange={(event) => setSelected(event.target.checked ? onPage : [])}
        />
      ),
      cell: (info) => (
        <input
          type="checkbox"
          aria-label={t('select', { who: entrantName(info.row.original) })}
          className="size-5 accent-brand-700"
          checked={selected.includes(info.row.original.id)}
          onChange={(event) =>
            setSelected((current) => toggle(current, info.row.original.id, event.target.checked))
          }
        />
      ),
    }),
    column.accessor('customer', {
      header: t('columns.entrant'),
      cell: (info) => {
        const { customer, email, claimedBy } = info.row.original;
        return customer ? (
          <span className="flex min-w-32 flex-col">
            <CustomerLink customer={customer} />
            <span className="font-mono text-xs text-ink-muted">{customer.memberCode}</span>
          </span>
        ) : (
          <span className="flex min-w-32 flex-col">
            <span className="break-all">{email ?? `@${info.row.original.handle}`}</span>
            <span className="text-xs text-ink-muted">{t('notMember')}</span>
            {claimedBy ? (
              <EntryClaim
                contestId={contestId}
                entryId={info.row.original.id}
                claimant={claimedBy}
              />
            ) : null}
          </span>
        );
      },
    }),
    // The post, when it came in and the decision share columns, so the decision's buttons show
    // at 1024 px without scrolling the table.
    column.accessor('postUrl', {
      header: t('columns.post'),
      cell: (info) => (
        <EntryPost post={info.row.original}>
          <span className="text-xs whitespace-nowrap text-ink-muted">
            {t('submitted')} <DateTime value={info.row.original.createdAt} />
          </span>
        </EntryPost>
      ),
    }),
    column.accessor('status', {
      header: t('columns.decision'),
      cell: (info) => {
        const entry = info.row.original;
        const who = entrantName(entry);
        return (
          <span className="flex min-w-40 flex-col items-start gap-1">
            <Badge tone={STATUS_TONE[entry.status]} data-testid="entry-status">
              {t(`status.${entry.status}`)}
            </Badge>
            {entry.rejectReason ? <span className="text-xs">{entry.rejectReason}</span> : null}
            {entry.moderatedAt ? (
              <span className="text-xs text-ink-muted">
                {entry.moderatedBy
                  ? t('moderatedBy', { name: entry.moderatedBy.name })
                  : t('moderated')}{' '}
                <DateTime value={entry.moderatedAt} format="date" />
              </span>
            ) : null}
            <span className={classNames('flex flex-wrap gap-1', frozen && 'hidden')}>
              {entry.status === 'APPROVED' ? null : (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={approve.isPending}
                  aria-label={t('approveOne', { who })}
                  onClick={() => decide('APPROVE', [entry.id])}
                >
                  {t('approve')}
                </Button>
              )}
              {entry.status === 'REJECTED' ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={approve.isPending}
                  aria-label={t('rejectOne', { who })}
                  onClick={() => decide('REJECT', [entry.id], who)}
                >
                  {t('reject')}
                </Button>
              )}
            </span>
          </span>
        );
      },
    }),
  ];

  const filters: { value: EntryStatus | ''; count: number }[] = [
    { value: 'PENDING', count: counts.pending },
    { value: 'APPROVED', count: counts.approved },
    { value: 'REJECTED', count: counts.rejected },
    { value: '', count: counts.pending + counts.approved + counts.rejected },
  ];

  return (
    <Card title={t('title')} id={id} data-testid="contest-entries" className="scroll-mt-6">
      <div className="flex flex-col gap-4">
        <div role="group" aria-label={t('filter')} className="flex flex-wrap gap-2">
          {filters.map((filter) => (
            <Button
              key={filter.value || 'ALL'}
              size="sm"
              variant={status === filter.value ? 'primary' : 'secondary'}
              aria-pressed={status === filter.value}
              onClick={() => show({ status: filter.value })}
            >
              {t(`filters.${filter.value || 'ALL'}`, { count: filter.count })}
            </Button>
          ))}
        </div>

        {outcome ? (
          <Alert tone="success" title={t(`outcome.${outcome.decision}`, outcome)} />
        ) : null}
        {approve.error ? (
          <Alert tone="danger">{t(`failures.${moderationFailure(approve.error)}`)}</Alert>
        ) : null}
        {entries.error ? (
          <QueryError error={entries.error} onRetry={() => entries.refetch()} />
        ) : null}

        {frozen ? <Alert tone="info">{t('failures.drawFrozen')}</Alert> : null}
        {rows?.length && !frozen ? (
          <div className="flex flex-wrap items-center gap-2" data-testid="bulk-moderation">
            <span className="text-sm text-ink-muted" aria-live="polite">
              {t('selected', { count: selected.length })}
            </span>
            <Button
              size="sm"
              variant="secondary"
              disabled={selected.length === 0}
              loading={approve.isPending && approve.variables.entryIds === selected}
              onClick={() => decide('APPROVE', selected)}
            >
              {t('approveSelected')}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              disabled={selected.length === 0 || approve.isPending}
              onClick={() => decide('REJECT', selected)}
            >
              {t('rejectSelected')}
            </Button>
          </div>
        ) : null}

        <DataTable
          caption={t('title')}
          // Nothing to tick once frozen: the list is what went into the draw.
          columns={frozen ? columns.filter((each) => each.id !== 'select') : columns}
          rows={entries.error ? [] : rows}
          rowKey={(row) => row.id}
          skeletonRows={3}
          empty={
            entries.error ? null : (
              <EmptyState
                title={t(status ? `empty.${status}` : 'empty.ALL')}
                description={t('emptyHint')}
              />
            )
          }
        />
        <ListPagination data={entries.data} onPageChange={(next) => show({ page: next })} />
      </div>
      <RejectEntriesDialog
        contestId={contestId}
        entries={toReject}
        onClose={() => setToReject(null)}
        onDone={moderated}
      />
    </Card>
  );
};
