'use client';

import { Alert, buttonStyles, Card, EmptyState, localisedName, Skeleton } from '@fidele/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ArchiveButton, type ArchiveChange, ArchiveDialog } from '@/components/archive-dialog.tsx';
import { BackLink } from '@/components/back-link.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { RecordHistory, SavedAlert } from '@/components/record-history.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { GameStatusBadge } from '../../games/game-status.tsx';
import { ContestForm } from '../contest-form.tsx';
import { contestFormFrom } from '../contest-form-values.ts';
import { ContestAttribution } from './contest-attribution.tsx';
import { ContestDraw } from './contest-draw.tsx';
import { ContestEntries } from './contest-entries.tsx';
import { ContestImport } from './contest-import.tsx';
import { useContestRefresh } from './use-contest-refresh.ts';

/** Where the page's header leads: moderation is the work done most often on a contest. */
const ENTRIES_ID = 'entries';

/**
 * One contest: its form, where it stands (archive or restore it), the entries a file brings, its
 * entries to moderate, its draw, what it brought, and its history.
 */
export const ContestEditor = ({
  contestId,
  portalUrl,
}: {
  contestId: string;
  portalUrl: string;
}) => {
  const t = useTranslations('contests');
  const locale = useLocale();
  const trpc = useTRPC();
  const justCreated = useSearchParams().get('created') === '1';
  const [change, setChange] = useState<ArchiveChange | null>(null);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const query = useQuery(trpc.contests.get.queryOptions({ contestId }));
  const contest = query.data;
  const refresh = useContestRefresh();
  const update = useMutation(trpc.contests.update.mutationOptions({ onSuccess: refresh }));
  const back = <BackLink href="/contests" namespace="contests" />;

  if (query.error)
    return (
      <>
        <PageHeader eyebrow={back} title={t('title')} />
        {errorKey(query.error) === 'notFound' ? (
          <EmptyState title={t('notFound')} />
        ) : (
          <QueryError error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );

  if (!contest)
    return (
      <div aria-busy="true">
        <PageHeader eyebrow={back} title={<Skeleton className="h-9 w-72" />} />
        <Skeleton className="h-96 w-full" />
      </div>
    );

  const title = localisedName(contest, 'title', locale);
  const archived = contest.status === 'archived';
  return (
    <>
      <PageHeader
        eyebrow={back}
        title={title}
        description={<GameStatusBadge status={contest.status} />}
        actions={
          <a href={`#${ENTRIES_ID}`} className={buttonStyles({ variant: 'secondary' })}>
            {t('toEntries', { count: contest.entries.pending })}
          </a>
        }
      />
      {done ? <Alert tone="success" title={t(done, { name: title })} className="mb-6" /> : null}
      <ContestForm
        key={contest.id}
        initial={contestFormFrom(contest)}
        submitLabel={t('save')}
        portalUrl={portalUrl}
        result={{
          save: (data) => update.mutate({ contestId: contest.id, data }),
          pending: update.isPending,
          error: update.error,
          failure: saveFailure(update.error),
          done:
            update.isSuccess || (justCreated && update.isIdle) ? (
              <SavedAlert
                title={t(update.isSuccess ? 'saved' : 'created')}
                seeHistory={t('seeHistory')}
              />
            ) : null,
        }}
        aside={
          <Card title={t('statusCard.title')}>
            <div className="flex flex-col gap-3">
              <p className="flex flex-wrap items-center gap-2">
                <GameStatusBadge status={contest.status} />
                <span className="text-sm text-ink-muted">
                  {t('statusCard.entries', { ...contest.entries, newMembers: contest.newMembers })}
                </span>
              </p>
              <p className="text-sm text-ink-muted">{t(`statusCard.${contest.status}`)}</p>
              <ArchiveButton
                namespace="contests"
                archived={archived}
                onClick={() => {
                  setDone(null);
                  setChange({ id: contest.id, name: title, archive: !archived });
                }}
              />
            </div>
          </Card>
        }
      />
      <div className="mt-6 flex min-w-0 flex-col gap-6">
        {/* Entries come in until the draw's list is frozen: then the file has nowhere to go. */}
        {contest.drawFrozenAt ? null : <ContestImport contestId={contest.id} />}
        <ContestEntries
          id={ENTRIES_ID}
          contestId={contest.id}
          counts={contest.entries}
          frozen={Boolean(contest.drawFrozenAt)}
        />
        <ContestDraw contest={contest} portalUrl={portalUrl} />
        <ContestAttribution contestId={contest.id} />
      </div>
      <RecordHistory target={{ type: 'contest', id: contest.id }} namespace="contests.activity" />
      <ArchiveDialog
        change={change}
        namespace="contests"
        mutation={trpc.contests.setArchived.mutationOptions()}
        input={({ id, archive }) => ({ contestId: id, archived: archive })}
        refresh={trpc.contests.pathKey()}
        onClose={() => setChange(null)}
        onDone={({ archive }) => {
          setChange(null);
          setDone(archive ? 'archived' : 'restored');
        }}
      />
    </>
  );
};
