'use client';

import { classNames } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useTierAmount } from './tier-amount.ts';
import { TierBadge } from './tier-badge.tsx';
import { useTierName } from './tier-name.ts';
import { progressTowards, type TierStatus } from './tier-view.ts';

export type TierProgressProps = {
  status: Pick<TierStatus, 'metric' | 'figure' | 'current' | 'next'>;
  /** `compact` (home): the words and a thin bar; `full` (tier page): the next badge, a thicker bar. */
  variant?: 'compact' | 'full';
  /** Shown at the end of the words' line (compact), e.g. an arrow to the tier page. */
  aside?: ReactNode;
};

/**
 * "N points to Gold" and a bar that fills from 0 to the next tier's threshold; at the top tier, a
 * thank-you instead. `data-missing` holds what the next tier still needs (0 at the top).
 */
export const TierProgress = ({ status, variant = 'full', aside }: TierProgressProps) => {
  const t = useTranslations('myTier');
  const tierName = useTierName();
  const words = useTierAmount(status.metric);
  const compact = variant === 'compact';
  const next = status.next;
  const progress = next ? progressTowards(status.figure, next.tier) : null;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-3">
        <p
          data-testid={next ? undefined : 'tier-progress'}
          data-missing={next ? undefined : 0}
          className={classNames(
            'min-w-0 font-semibold break-words',
            !compact && 'text-lg',
            !next && 'text-brand-800',
          )}
        >
          {!next
            ? t(compact ? 'topShort' : 'top', { tier: tierName(status.current) })
            : next.missing > 0
              ? t('toNext', { amount: words(next.missing).amount, tier: tierName(next.tier) })
              : t('nextReached', { tier: tierName(next.tier) })}
        </p>
        {compact ? aside : next ? <TierBadge tier={next.tier} className="shrink-0" /> : null}
      </div>
      {next && progress ? (
        <div
          role="progressbar"
          data-testid="tier-progress"
          data-missing={next.missing}
          aria-label={t('progressLabel', { tier: tierName(next.tier) })}
          aria-valuemin={0}
          aria-valuemax={progress.max}
          aria-valuenow={progress.value}
          aria-valuetext={t('progressValue', {
            figure: words(progress.value).amount,
            target: words(progress.max).amount,
          })}
          className={classNames(
            'w-full overflow-hidden rounded-pill bg-brand-100',
            compact ? 'h-2' : 'h-3',
          )}
        >
          <div
            className="h-full rounded-pill bg-brand-600"
            style={{
              width: `${progress.max > 0 ? (progress.value / progress.max) * 100 : 100}%`,
            }}
          />
        </div>
      ) : null}
    </div>
  );
};
