'use client';

import { formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useTierAmount } from './tier-amount.ts';
import { useTierName } from './tier-name.ts';
import type { TierStatus } from './tier-view.ts';

export type TierStandingProps = {
  status: Pick<TierStatus, 'metric' | 'windowMonths' | 'figure' | 'current' | 'next' | 'keptUntil'>;
  /** Whether to say until when she keeps her tier (the tier page says it with a pin or a warning). */
  showKeptUntil?: boolean;
};

/**
 * Her tier's figure in the programme's own terms, beside a balance it would otherwise seem to
 * contradict: what counts (the programme's metric), over which window, out of the next tier's
 * threshold; then until when her tier holds if she buys nothing more.
 */
export const TierStanding = ({ status, showKeptUntil = true }: TierStandingProps) => {
  const t = useTranslations('myTier');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const tierName = useTierName();
  const words = useTierAmount(status.metric);
  const figure = words(status.figure);
  const target = status.next ? words(status.next.tier.threshold) : null;
  const numberOf = (value: { amount: string; count: number }) =>
    status.metric === 'AMOUNT_SPENT'
      ? value.amount
      : new Intl.NumberFormat(locale).format(value.count);
  return (
    <div className="flex flex-col gap-1 text-sm text-ink-muted">
      <p data-testid="tier-qualifying">
        {t(target ? 'qualifyingOf' : 'qualifying', {
          metric: status.metric,
          figure: numberOf(figure),
          count: figure.count,
          target: target ? numberOf(target) : '',
          months: status.windowMonths,
        })}
      </p>
      {showKeptUntil && status.keptUntil ? (
        <p data-testid="tier-kept-until" className="font-medium text-ink">
          {t('keptUntil', {
            tier: tierName(status.current),
            date: formatDateTime(status.keptUntil, locale, 'long', timeZone),
          })}{' '}
          <span className="font-normal text-ink-muted">{t('keptUntilHint')}</span>
        </p>
      ) : null}
    </div>
  );
};
