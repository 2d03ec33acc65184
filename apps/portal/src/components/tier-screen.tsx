'use client';

import { Card, formatDateTime, Skeleton, useFormatSettings } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useTRPC } from '../trpc/react.tsx';
import { QueryError } from './query-error.tsx';
import { useTierAmount } from './tier-amount.ts';
import { TierBadge } from './tier-badge.tsx';
import { TierHistory } from './tier-history.tsx';
import { TierLadder, useMultiplierWords } from './tier-ladder.tsx';
import { useTierName } from './tier-name.ts';
import { TierProgress } from './tier-progress.tsx';
import { TierStanding } from './tier-standing.tsx';
import { activePin, stillToKeep, type TierStatus, tierBenefits } from './tier-view.ts';
import { useNow } from './use-now.ts';

/**
 * What keeps her tier: a staff pin's date, or, when the last review found her short, how much
 * more she needs by the downgrade date. Nothing when her tier is not at stake.
 */
const KeepTier = ({ status }: { status: TierStatus }) => {
  const t = useTranslations('myTier');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const tierName = useTierName();
  const words = useTierAmount(status.metric);
  const now = useNow(60_000);
  const date = (value: Date) => formatDateTime(value, locale, 'long', timeZone);
  const tier = tierName(status.current);

  const pinnedUntil = activePin(status.pinnedUntil, now);
  if (pinnedUntil)
    return (
      <p
        data-testid="tier-pinned"
        className="rounded-control border border-info-700/30 bg-info-50 px-4 py-3 text-sm font-medium text-info-700"
      >
        {t('pinned', { tier, date: date(pinnedUntil) })}
      </p>
    );
  if (!status.downgradeOn) return null;
  const missing = stillToKeep(status);
  return (
    <p
      data-testid="tier-keep"
      data-missing={missing}
      className="rounded-control border border-warning-800/30 bg-warning-50 px-4 py-3 text-sm font-medium text-warning-800"
    >
      {missing > 0
        ? t('keep', { tier, date: date(status.downgradeOn), ...words(missing) })
        : t('keepOnTrack', { tier, date: date(status.downgradeOn) })}
    </p>
  );
};

/** Her tier on its colour, its multiplier and benefits, her progress and what keeps the tier. */
const CurrentTier = ({ status }: { status: TierStatus }) => {
  const t = useTranslations('myTier');
  const locale = useLocale();
  const multiplier = useMultiplierWords();
  const now = useNow(60_000);
  const benefits = tierBenefits(status.current, locale);
  return (
    <Card title={t('current')} data-testid="tier-current" data-code={status.current.code}>
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <TierBadge tier={status.current} size="lg" />
          <span className="font-semibold text-brand-800">
            {multiplier(status.current.earnMultiplier)}
          </span>
        </div>
        {benefits ? <p className="break-words whitespace-pre-line">{benefits}</p> : null}
      </div>
      <div className="mt-4 flex flex-col gap-4 border-t border-border pt-4">
        <TierProgress status={status} />
        <TierStanding
          status={status}
          showKeptUntil={!status.downgradeOn && !activePin(status.pinnedUntil, now)}
        />
        <KeepTier status={status} />
      </div>
    </Card>
  );
};

const Loading = () => (
  <div className="flex flex-col gap-4" aria-busy="true">
    <Skeleton className="h-64 w-full rounded-card" />
    <div className="grid gap-4 lg:grid-cols-2">
      <Skeleton className="h-96 w-full rounded-card" />
      <Skeleton className="h-48 w-full rounded-card" />
    </div>
  </div>
);

/** The tier page: where she stands, the whole ladder, and how her tier has changed. */
export const TierScreen = () => {
  const t = useTranslations('myTier');
  const trpc = useTRPC();
  const status = useQuery(trpc.tier.queryOptions());

  const body = () => {
    if (status.isPending) return <Loading />;
    if (status.isError) return <QueryError onRetry={() => status.refetch()} />;
    return (
      <>
        <CurrentTier status={status.data} />
        <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
          <TierLadder status={status.data} />
          <TierHistory status={status.data} />
        </div>
      </>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      {body()}
    </div>
  );
};
