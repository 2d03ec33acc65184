'use client';

import { EmptyState, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../trpc/react.tsx';
import { ContestsForYou } from './contests-for-you.tsx';
import { GameCard } from './game-card.tsx';
import { GamePictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';
import { ReferralsTeaser } from './referrals-teaser.tsx';

/** Today's games, those she can play now first, then the contests and the way to invite friends. */
export const GamesScreen = () => {
  const t = useTranslations('games');
  const trpc = useTRPC();
  const games = useQuery(trpc.games.list.queryOptions());

  const body = () => {
    if (games.isPending)
      return (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-52 w-full rounded-card" />
          ))}
        </div>
      );
    if (games.isError) return <QueryError onRetry={() => games.refetch()} />;
    if (games.data.length === 0)
      return (
        <EmptyState icon={<GamePictogram />} title={t('emptyTitle')} description={t('emptyBody')} />
      );
    // A stable sort: the server's order (ending soonest first) within each group.
    const sorted = [...games.data].sort(
      (a, b) => Number(a.blockedBy !== null) - Number(b.blockedBy !== null),
    );
    return (
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sorted.map((game) => (
          <GameCard key={game.id} game={game} />
        ))}
      </div>
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      {body()}
      <ContestsForYou />
      <ReferralsTeaser className="sm:max-w-md" />
    </div>
  );
};
