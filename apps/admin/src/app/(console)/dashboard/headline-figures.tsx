'use client';

import { useTranslations } from 'next-intl';
import type { FigureKind } from './figure-csv.ts';
import { useShowFigure } from './use-show-figure.ts';

export type Headline = {
  key: string;
  label: string;
  kind: FigureKind;
  current: number | null;
  previous: number | null;
  /** A line under the figure (the value of the points held). */
  note?: string;
};

/** The dashboard's key figures, each with the previous period's and the change. */
export const HeadlineFigures = ({ figures }: { figures: Headline[] }) => {
  const t = useTranslations('dashboard');
  const show = useShowFigure();
  const change = ({ kind, current, previous }: Headline) => {
    if (current === null || previous === null) return null;
    // A share changes in points of percentage; a count by a percentage of itself.
    if (kind === 'ratio')
      return t('changePoints', { points: Math.round((current - previous) * 1000) / 10 });
    if (previous === 0) return null;
    return t('changePercent', { change: (current - previous) / previous });
  };
  return (
    <dl
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4"
      data-testid="headline-figures"
    >
      {figures.map((figure) => {
        const delta = change(figure);
        return (
          <div
            key={figure.key}
            className="rounded-card bg-surface p-4 shadow-card"
            data-figure={figure.key}
          >
            <dt className="text-sm font-medium text-ink-muted">{figure.label}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums">
              {show(figure.kind, figure.current)}
            </dd>
            {figure.note ? <dd className="text-sm text-ink-muted">{figure.note}</dd> : null}
            <dd className="mt-1 text-sm text-ink-muted">
              {t('previously', { value: show(figure.kind, figure.previous) })}
              {delta ? <span className="ml-1 font-semibold text-ink">({delta})</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
};
