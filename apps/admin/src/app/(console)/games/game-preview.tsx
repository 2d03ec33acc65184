'use client';

import { FULL_ODDS, oddsPreview } from '@fidele/core/games/preview';
import { Alert, Card, TextField } from '@fidele/ui';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { optional, whole } from '@/lib/form-reading.ts';
import { basisPoints, chancesTotal, type GameFormValues, isDrawn } from './game-form-values.ts';

/**
 * What the prize table gives, computed in the browser with the draw's own odds: each prize's
 * chance, the points a play gives on average, and how long the budget lasts at the number of
 * plays a day marketing expects. The chances must total 100 % before the game can be saved.
 */
export const GamePreview = ({
  values,
  pointsGiven,
}: {
  values: GameFormValues;
  /** Points the game already gave, taken from its total budget. */
  pointsGiven: number;
}) => {
  const t = useTranslations('gameForm.preview');
  const format = useFormatter();
  const locale = useLocale();
  const [playsPerDay, setPlaysPerDay] = useState('100');

  if (!isDrawn(values.type))
    return (
      <Card title={t('title')}>
        <p className="text-sm text-ink-muted">{t(`noTable.${values.type}`)}</p>
      </Card>
    );

  const { total, complete } = chancesTotal(values.prizes);
  const budget = {
    perDay: optional(values.pointsBudgetPerDay, whole),
    total: optional(values.pointsBudgetTotal, whole),
  };
  const readable = (n: number | null) => n === null || Number.isFinite(n);
  const plays = whole(playsPerDay.trim());
  const table = values.prizes.map((prize, row) => {
    const common = {
      id: String(row),
      weight: basisPoints(prize.chance) || 0,
      stock: optional(prize.stock, whole),
    };
    return prize.kind === 'POINTS'
      ? { ...common, kind: 'POINTS' as const, points: whole(prize.points.trim()) || 0 }
      : prize.kind === 'REWARD'
        ? { ...common, kind: 'REWARD' as const, rewardId: prize.rewardId }
        : { ...common, kind: 'TRY_AGAIN' as const };
  });
  const preview =
    readable(budget.perDay) && readable(budget.total)
      ? oddsPreview({
          table,
          state: {
            stockLeft: {},
            budgetLeft: {
              today: budget.perDay,
              total: budget.total === null ? null : Math.max(0, budget.total - pointsGiven),
            },
          },
          budget,
          playsPerDay: Number.isFinite(plays) ? plays : 0,
        })
      : null;
  const percent = (probability: number) =>
    format.number(probability, { style: 'percent', maximumFractionDigits: 2 });
  const label = (row: number) => {
    const prize = values.prizes[row]!;
    return (
      (locale === 'fr' ? prize.labelFr : prize.labelEn).trim() || t('unnamed', { row: row + 1 })
    );
  };

  return (
    <Card title={t('title')} data-testid="game-preview">
      <div className="flex flex-col gap-4">
        <div data-testid="odds-total" data-complete={complete}>
          <Alert tone={complete ? 'success' : 'warning'}>
            {complete ? t('complete') : t('incomplete', { total: percent(total / FULL_ODDS) })}
          </Alert>
        </div>
        {preview ? (
          <>
            <table className="w-full text-sm">
              <caption className="sr-only">{t('oddsCaption')}</caption>
              <thead>
                <tr className="text-left text-ink-muted">
                  <th scope="col" className="py-1 font-medium">
                    {t('prize')}
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    {t('chance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.prizes.map((prize, row) => (
                  <tr key={prize.prizeId} className="border-t border-border">
                    <th scope="row" className="py-1 text-left font-normal">
                      {label(row)}
                      {prize.excluded ? (
                        <span className="block text-xs text-ink-muted">
                          {t(`excluded.${prize.excluded}`)}
                        </span>
                      ) : null}
                      {values.prizes[row]!.paced ? (
                        <span className="block text-xs text-ink-muted">{t('paced')}</span>
                      ) : null}
                    </th>
                    <td className="py-1 text-right tabular-nums">{percent(prize.probability)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
              <dt>{t('tryAgain')}</dt>
              <dd className="text-right tabular-nums">{percent(preview.tryAgain.probability)}</dd>
              <dt>{t('expectedPoints')}</dt>
              <dd className="text-right tabular-nums" data-testid="expected-points">
                {format.number(preview.expectedPointsPerPlay, { maximumFractionDigits: 2 })}
              </dd>
            </dl>
            <TextField
              label={t('playsPerDay')}
              inputMode="numeric"
              value={playsPerDay}
              onChange={(event) => setPlaysPerDay(event.target.value)}
              hint={t('playsPerDayHint')}
            />
            <ul className="flex flex-col gap-1 text-sm" aria-live="polite">
              <li>
                {t('pointsPerDay', {
                  points: format.number(preview.budget.pointsPerDay, { maximumFractionDigits: 0 }),
                })}
              </li>
              <li>
                {preview.budget.dailyBudgetPlays === null
                  ? t('noDailyLimit')
                  : t('dailyBudgetPlays', { plays: Math.floor(preview.budget.dailyBudgetPlays) })}
              </li>
              <li data-testid="budget-days">
                {preview.budget.days === null
                  ? t('totalNeverSpent')
                  : t('totalDays', { days: Math.floor(preview.budget.days) })}
              </li>
            </ul>
          </>
        ) : (
          <p className="text-sm text-ink-muted">{t('fixBudget')}</p>
        )}
      </div>
    </Card>
  );
};
