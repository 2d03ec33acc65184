'use client';

import { Badge, Card, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { GameLoadError } from './game-load-error.tsx';
import { type GameDetail, type GamePlayRecord, useGameDate, useGameWords } from './game-view.ts';
import { checkPlay, type PlayCheck } from './play-check.ts';

type Period = GameDetail['periods'][number];

/** Each play of a revealed period redone in the browser; plays of running periods wait. */
const usePlayChecks = (game: GameDetail) =>
  useQuery({
    queryKey: ['games', 'play-checks', game.id, game.plays.map((play) => play.id), game.periods],
    queryFn: async () => {
      const checks = await Promise.all(
        game.plays.map(async (play): Promise<[string, PlayCheck | null]> => {
          const period = game.periods.find(({ id }) => id === play.periodId);
          return [
            play.id,
            play.draw && period?.seed
              ? await checkPlay(play.draw, { ...period, seed: period.seed })
              : null,
          ];
        }),
      );
      return new Map(checks);
    },
  });

const Odds = ({ game }: { game: GameDetail }) => {
  const t = useTranslations('games.rulesPage');
  const locale = useLocale();
  const words = useGameWords();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  if (!game.odds) return <p>{t('noOdds')}</p>;
  const rows = game.odds.prizes.flatMap((odds) => {
    const prize = game.prizes.find(({ id }) => id === odds.prizeId);
    return prize && prize.kind !== 'TRY_AGAIN' ? [{ ...odds, label: words.prize(prize) }] : [];
  });
  return (
    <div className="flex flex-col gap-3">
      <p className="text-ink-muted">{t('oddsIntro')}</p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 font-semibold">
              {t('prize')}
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              {t('chance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.prizeId} className="border-b border-border" data-testid="odds-row">
              <td className="py-2">
                {row.label}
                {row.excluded ? (
                  <Badge className="ml-2" tone="warning">
                    {t(`excluded.${row.excluded}`)}
                  </Badge>
                ) : null}
              </td>
              <td className="py-2 text-right tabular-nums">{percent.format(row.probability)}</td>
            </tr>
          ))}
          <tr data-testid="odds-row">
            <td className="py-2">{t('tryAgain')}</td>
            <td className="py-2 text-right tabular-nums">{percent.format(game.odds.tryAgain)}</td>
          </tr>
        </tbody>
      </table>
      <p className="text-sm text-ink-muted">{t('budgetNote')}</p>
    </div>
  );
};

const Hex = ({ value }: { value: string }) => (
  <code className="block font-mono text-xs break-all text-ink">{value}</code>
);

const PeriodRow = ({ period }: { period: Period }) => {
  const t = useTranslations('games.rulesPage');
  const date = useGameDate();
  return (
    <li data-testid="game-period" className="flex flex-col gap-1 border-b border-border py-3">
      <p className="font-semibold">
        {t('period', { from: date(period.startsAt), to: date(period.endsAt) })}
      </p>
      <p className="text-sm text-ink-muted">{t('seedHash')}</p>
      <Hex value={period.seedHash} />
      <p className="text-sm text-ink-muted">{t('seed')}</p>
      {period.seed ? (
        <span data-testid="revealed-seed">
          <Hex value={period.seed} />
        </span>
      ) : (
        <p className="text-sm">{t('seedHidden')}</p>
      )}
    </li>
  );
};

const PlayOutcome = ({ play }: { play: GamePlayRecord }) => {
  const t = useTranslations('games');
  const words = useGameWords();
  const what =
    play.streakDay !== null
      ? t('rulesPage.streakDay', { day: play.streakDay })
      : play.prize
        ? words.prize(play.prize)
        : t('rulesPage.tryAgain');
  return (
    <>
      {what}
      {play.points > 0 ? ` (${t('result.points', { count: play.points })})` : null}
      {play.via === 'moment' ? ` · ${t('rulesPage.winningMoment')}` : null}
      {play.voided ? (
        <Badge className="ml-2" tone="danger">
          {t('rulesPage.voided')}
        </Badge>
      ) : null}
    </>
  );
};

const checkLook = {
  verified: { tone: 'success', key: 'verified' },
  mismatch: { tone: 'danger', key: 'mismatch' },
} as const;

const MyPlays = ({ game }: { game: GameDetail }) => {
  const t = useTranslations('games.rulesPage');
  const date = useGameDate();
  const checks = usePlayChecks(game);
  if (game.plays.length === 0) return <p>{t('noPlays')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t('playedAt')}
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t('playNumber')}
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t('outcome')}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t('check')}
            </th>
          </tr>
        </thead>
        <tbody>
          {game.plays.map((play) => {
            const check = checks.data?.get(play.id);
            return (
              <tr key={play.id} className="border-b border-border" data-testid="my-play">
                <td className="py-2 pr-3 whitespace-nowrap">{date(play.playedAt)}</td>
                <td className="py-2 pr-3 tabular-nums">{play.number ?? '—'}</td>
                <td className="py-2 pr-3">
                  <PlayOutcome play={play} />
                </td>
                <td className="py-2" data-testid="play-check">
                  {!play.draw ? (
                    '—'
                  ) : check ? (
                    <Badge tone={checkLook[check].tone}>{t(checkLook[check].key)}</Badge>
                  ) : checks.isPending ? (
                    t('checking')
                  ) : (
                    t('pending')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

/**
 * A game's rules page: its rules, each prize's chance now, and its fairness: how plays are drawn,
 * each period's published seed hash (and seed once revealed), and her plays checked here, in her
 * browser, against the revealed seeds.
 */
export const GameRulesScreen = ({ gameId }: { gameId: string }) => {
  const t = useTranslations('games');
  const locale = useLocale();
  const trpc = useTRPC();
  const words = useGameWords();
  const game = useQuery(trpc.games.get.queryOptions({ gameId }));

  if (game.isPending)
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-60 w-full rounded-card" />
      </div>
    );
  if (game.isError) return <GameLoadError error={game.error} onRetry={() => game.refetch()} />;

  const data = game.data;
  const drawn = data.type === 'SPIN_WHEEL' || data.type === 'SCRATCH_CARD';
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link
          href={`/games/${data.id}`}
          className="text-sm font-semibold text-brand-800 hover:underline"
        >
          ← {words.title(data)}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">
          {t('rulesPage.title', { game: words.title(data) })}
        </h1>
      </div>
      <Card title={t('rulesPage.rules')}>
        <p className="whitespace-pre-line">{data.rules[locale]}</p>
      </Card>
      <Card title={t('rulesPage.odds')}>
        <Odds game={data} />
      </Card>
      {drawn ? (
        <Card title={t('rulesPage.fairness')}>
          <div className="flex flex-col gap-3">
            <h3 className="font-semibold">{t('rulesPage.howTitle')}</h3>
            {(['how1', 'how2', 'how3'] as const).map((key) => (
              <p key={key} className="text-sm">
                {t(`rulesPage.${key}`)}
              </p>
            ))}
            <h3 className="mt-2 font-semibold">{t('rulesPage.periods')}</h3>
            <ul>
              {data.periods.map((period) => (
                <PeriodRow key={period.id} period={period} />
              ))}
            </ul>
          </div>
        </Card>
      ) : null}
      <Card title={t('rulesPage.myPlays')}>
        <MyPlays game={data} />
      </Card>
    </div>
  );
};
