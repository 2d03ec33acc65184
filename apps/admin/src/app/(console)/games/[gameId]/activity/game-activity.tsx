'use client';

import { Card, DateTime, EmptyState, localisedName, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { PageHeader } from '@/components/page-header.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { GameStatusBadge } from '../../game-status.tsx';
import { GamePlays } from './game-plays.tsx';
import { PointsChart } from './points-chart.tsx';

/**
 * How a game goes: points given per day against the daily budget, stock left per prize, its top
 * players, patterns worth a look, and its plays (to void one found to be abuse).
 */
export const GameActivity = ({ gameId }: { gameId: string }) => {
  const t = useTranslations('gameActivity');
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const game = useQuery(trpc.games.get.queryOptions({ gameId }));
  const activity = useQuery(trpc.gamePlays.activity.queryOptions({ gameId }));
  const suspicions = useQuery(trpc.gamePlays.suspicions.queryOptions({ gameId }));
  const prizes = activity.data?.prizes;
  const prizeLabel = useCallback(
    (prizeId: string) => {
      const prize = prizes?.find((row) => row.id === prizeId);
      return prize ? localisedName(prize, 'label', locale) : prizeId;
    },
    [prizes, locale],
  );

  const back = (
    <Link href={`/games/${gameId}`} className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );
  const error = game.error ?? activity.error;
  if (error)
    return (
      <>
        <PageHeader eyebrow={back} title={t('title')} />
        <QueryError
          error={error}
          onRetry={() => Promise.all([game.refetch(), activity.refetch()])}
        />
      </>
    );
  if (!game.data || !activity.data)
    return (
      <div aria-busy="true">
        <PageHeader eyebrow={back} title={<Skeleton className="h-9 w-72" />} />
        <Skeleton className="h-96 w-full" />
      </div>
    );

  const data = activity.data;
  const title = localisedName(game.data, 'title', locale);
  return (
    <>
      <PageHeader
        eyebrow={back}
        title={t('heading', { title })}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <GameStatusBadge status={game.data.status} />
            {data.budget.total === null
              ? t('given', { points: data.pointsGiven })
              : t('givenOfBudget', { points: data.pointsGiven, budget: data.budget.total })}
          </span>
        }
      />
      <div className="flex flex-col gap-6">
        <Card title={t('chart.title')}>
          {data.days.length ? (
            <PointsChart days={data.days} perDay={data.budget.perDay} />
          ) : (
            <EmptyState title={t('chart.empty')} />
          )}
        </Card>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('stock.title')}>
            {data.prizes.length ? (
              <table className="w-full text-sm" data-testid="stock-left">
                <caption className="sr-only">{t('stock.title')}</caption>
                <thead className="text-ink-muted">
                  <tr>
                    <th scope="col" className="py-1 text-left font-medium">
                      {t('stock.prize')}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {t('stock.given')}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {t('stock.left')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.prizes.map((prize) => (
                    <tr key={prize.id} className="border-t border-border">
                      <th scope="row" className="py-1 text-left font-normal">
                        {prizeLabel(prize.id)}
                      </th>
                      <td className="py-1 text-right tabular-nums">{format.number(prize.given)}</td>
                      <td className="py-1 text-right tabular-nums">
                        {prize.stockLeft === null
                          ? t('stock.unlimited')
                          : format.number(prize.stockLeft)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-ink-muted">{t('stock.none')}</p>
            )}
          </Card>

          <Card title={t('top.title')}>
            {data.topPlayers.length ? (
              <ol className="flex flex-col gap-1 text-sm">
                {data.topPlayers.map((player) => (
                  <li key={player.customerId} className="flex justify-between gap-3">
                    <Link
                      href={`/customers/${player.customerId}`}
                      className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                    >
                      {player.firstName}{' '}
                      <span className="font-mono text-xs">{player.memberCode}</span>
                    </Link>
                    <span className="text-ink-muted tabular-nums">
                      {t('top.line', { plays: player.plays, points: player.points })}
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-ink-muted">{t('top.none')}</p>
            )}
          </Card>
        </div>

        <Card title={t('suspicions.title')}>
          {suspicions.error ? (
            <QueryError error={suspicions.error} onRetry={() => suspicions.refetch()} />
          ) : !suspicions.data ? (
            <Skeleton className="h-16 w-full" />
          ) : suspicions.data.sharedAddresses.length +
              suspicions.data.sharedDevices.length +
              suspicions.data.machineSpeed.length +
              suspicions.data.newAccountBursts.length ===
            0 ? (
            <p className="text-sm text-ink-muted">{t('suspicions.none')}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="suspicions">
              {suspicions.data.sharedAddresses.map((row) => (
                <li key={row.ip}>{t('suspicions.sharedAddress', row)}</li>
              ))}
              {suspicions.data.sharedDevices.map((row) => (
                <li key={row.device}>
                  {t('suspicions.sharedDevice', { ...row, device: row.device.slice(0, 8) })}
                </li>
              ))}
              {suspicions.data.machineSpeed.map((row) => (
                <li key={row.customerId}>
                  <Link
                    href={`/customers/${row.customerId}`}
                    className="font-mono text-brand-800 underline-offset-2 hover:underline"
                  >
                    {row.memberCode}
                  </Link>{' '}
                  {t('suspicions.machineSpeed', {
                    fastPlays: row.fastPlays,
                    gap: row.shortestGapMs,
                  })}
                </li>
              ))}
              {suspicions.data.newAccountBursts.map((row) => (
                <li key={String(row.hour)}>
                  {t('suspicions.newAccounts', { accounts: row.accounts })}{' '}
                  <DateTime value={row.hour} />
                </li>
              ))}
            </ul>
          )}
        </Card>

        <GamePlays gameId={gameId} prizeLabel={prizeLabel} />
      </div>
    </>
  );
};
