'use client';

import { Badge, buttonStyles, classNames } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId } from 'react';
import { type ListedGame, useBlockedReason, useGameDate, useGameWords } from './game-view.ts';

/**
 * One of today's games: what it is, the plays left today, and either the way in or why not now
 * (with when to come back).
 */
export const GameCard = ({ game }: { game: ListedGame }) => {
  const t = useTranslations('games');
  const words = useGameWords();
  const date = useGameDate();
  const blockedReason = useBlockedReason()(game);
  const headingId = useId();
  const playable = !game.blockedBy;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="game-card"
      className={classNames(
        'flex flex-col gap-3 rounded-card p-4 shadow-card sm:p-5',
        playable ? 'bg-surface' : 'bg-surface-muted',
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {words.title(game)}
        </h2>
        <Badge tone="brand">{t(`types.${game.type}`)}</Badge>
      </div>
      <p className="text-ink-muted">{words.text(game)}</p>
      <ul className="flex flex-col gap-1 text-sm">
        {game.blockedBy === null ? (
          <li className="font-semibold">{t('playsLeft', { count: game.playsLeft })}</li>
        ) : null}
        {blockedReason ? <li data-testid="game-blocked">{blockedReason}</li> : null}
        <li className="text-ink-muted">{t('endsOn', { date: date(game.endsAt, 'date') })}</li>
      </ul>
      <div className="mt-auto flex flex-wrap gap-2">
        {playable ? (
          <Link href={`/games/${game.id}`} className={buttonStyles({ size: 'sm' })}>
            {game.type === 'DAILY_STREAK' ? t('checkIn') : t('play')}
          </Link>
        ) : null}
        <Link
          href={`/games/${game.id}/rules`}
          className={buttonStyles({ size: 'sm', variant: 'secondary' })}
        >
          {t('rules')}
        </Link>
      </div>
    </article>
  );
};
