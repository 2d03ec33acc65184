'use client';

import { buttonStyles, Card, ProgressBar, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { QueryError } from './query-error.tsx';
import { standingOf } from './reward-standing.ts';

/**
 * The cheapest reward she cannot afford yet (and how close she is), and what is ready now; with
 * the way to the rewards unless the caller shows its own.
 */
export const NextReward = ({ withLink = true }: { withLink?: boolean }) => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const catalog = useQuery(trpc.rewards.catalog.queryOptions());
  if (catalog.isPending) return <Skeleton className="h-20 w-full" />;
  if (catalog.isError) return <QueryError onRetry={() => catalog.refetch()} />;
  if (catalog.data.length === 0) return <p className="text-ink-muted">{t('home.noRewards')}</p>;

  const claimable = catalog.data.filter((reward) => standingOf(reward) === 'claimable').length;
  const next = catalog.data
    .filter((reward) => standingOf(reward) === 'later')
    .sort((a, b) => a.pointsMissing - b.pointsMissing)[0];
  return (
    <div className="flex flex-col gap-3" data-testid="next-reward">
      {next ? (
        <div className="flex flex-col gap-2">
          <p className="font-semibold">
            {t('home.morePointsFor', { count: next.pointsMissing, reward: next.name[locale] })}
          </p>
          <ProgressBar
            value={next.pointsCost - next.pointsMissing}
            max={next.pointsCost}
            label={t('rewards.progressLabel', { reward: next.name[locale] })}
            valueText={t('rewards.progressValue', {
              balance: next.pointsCost - next.pointsMissing,
              cost: next.pointsCost,
            })}
          />
        </div>
      ) : (
        <p className="font-semibold">{t('home.allClaimable')}</p>
      )}
      {claimable > 0 ? (
        <p className="text-sm text-success-700">{t('home.readyToClaim', { count: claimable })}</p>
      ) : null}
      {withLink ? (
        <Link href="/rewards" className={buttonStyles({ variant: 'secondary', size: 'sm' })}>
          {t('home.seeRewards')}
        </Link>
      ) : null}
    </div>
  );
};

const ActiveCodes = () => {
  const t = useTranslations('home');
  const trpc = useTRPC();
  const codes = useQuery(trpc.codes.list.queryOptions({ view: 'active' }));
  if (codes.isPending) return <Skeleton className="h-11 w-full" />;
  if (codes.isError) return <QueryError onRetry={() => codes.refetch()} />;
  return (
    <Link
      href="/codes"
      data-testid="active-codes"
      className="flex min-h-11 items-center justify-between gap-3 rounded-control px-1 font-semibold text-brand-800 hover:bg-brand-50"
    >
      <span>{t('activeCodes', { count: codes.data.length })}</span>
      <span aria-hidden="true">→</span>
    </Link>
  );
};

/** Home's rewards block: the next reward within reach and the codes waiting to be used. */
export const RewardsAtAGlance = () => {
  const t = useTranslations('home');
  return (
    <Card title={t('nextReward')} className="flex flex-col gap-3">
      <NextReward />
      <div className="border-t border-border pt-2">
        <ActiveCodes />
      </div>
    </Card>
  );
};
