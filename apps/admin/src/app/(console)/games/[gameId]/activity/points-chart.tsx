'use client';

import { formatDateTime } from '@fidele/ui';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

type Day = { day: string; plays: number; winners: number; points: number };

/**
 * Points the game gave each programme day against its daily budget: a bar chart for the eye, and
 * the same figures as a table for screen readers and for reading exact values.
 */
export const PointsChart = ({ days, perDay }: { days: Day[]; perDay: number | null }) => {
  const t = useTranslations('gameActivity.chart');
  const format = useFormatter();
  const locale = useLocale();
  // A programme day is a calendar date: shown as such, whatever the browser's time zone.
  const dayLabel = (day: string) =>
    formatDateTime(new Date(`${day}T12:00:00Z`), locale, 'date', 'UTC');
  return (
    <div className="flex flex-col gap-4">
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={dayLabel} />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(day) => dayLabel(String(day))} />
            <Bar dataKey="points" name={t('points')} fill="var(--color-brand-700)" />
            {perDay === null ? null : (
              <ReferenceLine
                y={perDay}
                stroke="var(--color-danger-700)"
                strokeDasharray="4 4"
                label={t('budget')}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="w-full text-sm" data-testid="points-per-day">
        <caption className="mb-2 text-left font-semibold">{t('caption')}</caption>
        <thead className="text-ink-muted">
          <tr>
            <th scope="col" className="py-1 text-left font-medium">
              {t('day')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('plays')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('winners')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day} className="border-t border-border">
              <th scope="row" className="py-1 text-left font-normal">
                {dayLabel(day.day)}
              </th>
              <td className="py-1 text-right tabular-nums">{format.number(day.plays)}</td>
              <td className="py-1 text-right tabular-nums">{format.number(day.winners)}</td>
              <td className="py-1 text-right tabular-nums">
                {perDay === null
                  ? format.number(day.points)
                  : t('pointsOfBudget', { points: day.points, budget: perDay })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
