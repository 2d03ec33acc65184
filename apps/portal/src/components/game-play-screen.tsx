'use client';

import { Alert, Badge, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { DailyStreak } from './daily-streak.tsx';
import { GameLoadError } from './game-load-error.tsx';
import { type GameDetail, useBlockedReason, useGameWords, usePlayError } from './game-view.ts';
import { PlayResultPanel, usePlayOutcome } from './play-result.tsx';
import { QuizBoard } from './quiz-board.tsx';
import { ScratchCard } from './scratch-card.tsx';
import { SpinWheel } from './spin-wheel.tsx';
import { type GamePlay, useGamePlay } from './use-game-play.ts';

/** The game itself: the wheel, the card, the streak or the quiz, wired to one play at a time. */
const GameBoard = ({
  game,
  play,
  reason,
}: {
  game: GameDetail;
  play: GamePlay;
  reason: string | null;
}) => {
  const t = useTranslations('games');
  const words = useGameWords();
  // Once a play is under way the board stays, even though the game now says "no plays left".
  const blocked = game.blockedBy !== null && !play.result;
  switch (game.type) {
    case 'SPIN_WHEEL':
      return (
        <SpinWheel
          prizes={game.prizes}
          landedRow={play.result?.row}
          spinning={play.pending}
          // After a play, "Play again" clears its result first.
          disabled={blocked || play.result !== undefined}
          onSpin={play.start}
          onStopped={play.reveal}
        />
      );
    case 'SCRATCH_CARD':
      return (
        <ScratchCard
          outcome={
            play.result
              ? play.result.prize
                ? words.prize(play.result.prize)
                : t('result.tryAgain')
              : undefined
          }
          revealed={play.revealed}
          pending={play.pending}
          disabled={blocked}
          onStart={play.start}
          onRevealed={play.reveal}
        />
      );
    case 'DAILY_STREAK':
      return game.streak ? (
        <DailyStreak
          streak={game.streak}
          pending={play.pending}
          disabled={blocked}
          onCheckIn={() => {
            play.start();
            // A check-in has nothing to animate: its outcome is shown when the server answers.
            play.reveal();
          }}
        />
      ) : null;
    case 'QUIZ':
      return <QuizBoard gameId={game.id} play={play} blockedReason={reason} />;
  }
};

/** A game's play page: the board, then what the play gave, said aloud too. */
export const GamePlayScreen = ({ gameId }: { gameId: string }) => {
  const t = useTranslations('games');
  const trpc = useTRPC();
  const game = useQuery(trpc.games.get.queryOptions({ gameId }));
  const play = useGamePlay(gameId);
  const words = useGameWords();
  const blockedReason = useBlockedReason();
  const playError = usePlayError();
  const outcome = usePlayOutcome();

  if (game.isPending)
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-80 w-full rounded-card" />
      </div>
    );
  if (game.isError) return <GameLoadError error={game.error} onRetry={() => game.refetch()} />;

  const data = game.data;
  const reason = play.result ? null : blockedReason(data);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/games" className="text-sm font-semibold text-brand-800 hover:underline">
          ← {t('back')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{words.title(data)}</h1>
          <Badge tone="brand">{t(`types.${data.type}`)}</Badge>
        </div>
        <p className="mt-1 text-ink-muted">{words.text(data)}</p>
        {data.blockedBy === null ? (
          <p className="mt-1 text-sm font-semibold">{t('playsLeft', { count: data.playsLeft })}</p>
        ) : null}
      </div>
      <div className="grid gap-6 rounded-card bg-surface p-4 shadow-card sm:p-6 md:grid-cols-2">
        <GameBoard game={data} play={play} reason={reason} />
        <div className="flex flex-col gap-4">
          {/* A quiz says it in place of its questions: it may be under way on a day with no plays left. */}
          {reason && data.type !== 'QUIZ' ? <Alert tone="info">{reason}</Alert> : null}
          {play.error ? <Alert tone="danger">{playError(play.error)}</Alert> : null}
          {play.result && play.revealed ? (
            <PlayResultPanel result={play.result} onPlayAgain={play.reset} />
          ) : null}
          <Link
            href={`/games/${data.id}/rules`}
            className="text-sm font-semibold text-brand-800 hover:underline"
          >
            {t('rules')}
          </Link>
        </div>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {play.result && play.revealed ? outcome(play.result) : null}
      </p>
    </div>
  );
};
