'use client';

import { Alert, buttonStyles, Card, EmptyState, localisedName, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveFailure } from '@/components/save-failure.ts';
import { ArchiveButton, type ArchiveChange, ArchiveDialog } from '@/components/archive-dialog.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { RecordHistory, SavedAlert } from '@/components/record-history.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { BackToGames } from '../back-to-games.tsx';
import { GameForm } from '../game-form.tsx';
import { gameFormFrom } from '../game-form-values.ts';
import { GameStatusBadge } from '../game-status.tsx';

/**
 * One game: its form, where it stands (archive or restore it), a way to its activity, and its
 * history.
 */
export const GameEditor = ({ gameId }: { gameId: string }) => {
  const t = useTranslations('games');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const justCreated = useSearchParams().get('created') === '1';
  const [change, setChange] = useState<ArchiveChange | null>(null);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const query = useQuery(trpc.games.get.queryOptions({ gameId }));
  const game = query.data;
  const update = useMutation(
    trpc.games.update.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.games.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );

  if (query.error)
    return (
      <>
        <PageHeader eyebrow={<BackToGames />} title={t('title')} />
        {errorKey(query.error) === 'notFound' ? (
          <EmptyState title={t('notFound')} />
        ) : (
          <QueryError error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );

  if (!game)
    return (
      <div aria-busy="true">
        <PageHeader eyebrow={<BackToGames />} title={<Skeleton className="h-9 w-72" />} />
        <Skeleton className="h-96 w-full" />
      </div>
    );

  const title = localisedName(game, 'title', locale);
  const archived = game.status === 'archived';
  return (
    <>
      <PageHeader
        eyebrow={<BackToGames />}
        title={title}
        description={<GameStatusBadge status={game.status} />}
        actions={
          <Link
            href={`/games/${game.id}/activity`}
            className={buttonStyles({ variant: 'secondary' })}
          >
            {t('seeActivity')}
          </Link>
        }
      />
      {done ? <Alert tone="success" title={t(done, { name: title })} className="mb-6" /> : null}
      <GameForm
        key={`${game.id}-${game.tableVersion}`}
        initial={gameFormFrom(game)}
        submitLabel={t('save')}
        pointsGiven={game.pointsGiven}
        result={{
          save: (data) => update.mutate({ gameId: game.id, data }),
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
                <GameStatusBadge status={game.status} />
                <span className="text-sm text-ink-muted">
                  {t('statusCard.plays', { plays: game.plays, points: game.pointsGiven })}
                </span>
              </p>
              <p className="text-sm text-ink-muted">{t(`statusCard.${game.status}`)}</p>
              <ArchiveButton
                namespace="games"
                archived={archived}
                onClick={() => setChange({ id: game.id, name: title, archive: !archived })}
              />
            </div>
          </Card>
        }
      />
      <RecordHistory target={{ type: 'game', id: game.id }} namespace="games.activity" />
      <ArchiveDialog
        change={change}
        namespace="games"
        mutation={trpc.games.setArchived.mutationOptions()}
        input={({ id, archive }) => ({ gameId: id, archived: archive })}
        refresh={trpc.games.pathKey()}
        onClose={() => setChange(null)}
        onDone={({ archive }) => {
          setChange(null);
          setDone(archive ? 'archived' : 'restored');
        }}
      />
    </>
  );
};
