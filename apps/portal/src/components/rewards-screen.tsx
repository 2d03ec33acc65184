'use client';

import { Card, EmptyState, Points, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { ClaimDialog } from './claim-dialog.tsx';
import { GiftPictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';
import { RewardCard } from './reward-card.tsx';
import { type CatalogReward, type RewardStanding, standingOf } from './reward-standing.ts';

const groups = [
  { key: 'claimable', standings: ['claimable'] },
  { key: 'later', standings: ['later'] },
  { key: 'unavailable', standings: ['outOfStock', 'tierLocked'] },
] as const satisfies { key: string; standings: RewardStanding[] }[];

const RewardGroup = ({
  title,
  rewards,
  balance,
  onClaim,
}: {
  title: string;
  rewards: CatalogReward[];
  balance: number;
  onClaim: (reward: CatalogReward) => void;
}) => (
  <section className="flex flex-col gap-3">
    <h2 className="text-lg font-semibold">{title}</h2>
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {rewards.map((reward) => (
        <RewardCard key={reward.id} reward={reward} balance={balance} onClaim={onClaim} />
      ))}
    </div>
  </section>
);

/** The catalog: what she can claim now first, then what she is collecting for. */
export const RewardsScreen = () => {
  const t = useTranslations();
  const trpc = useTRPC();
  const catalog = useQuery(trpc.rewards.catalog.queryOptions());
  const me = useQuery(trpc.me.queryOptions());
  const [selected, setSelected] = useState<CatalogReward>();
  const balance = me.data?.pointsBalance ?? 0;

  const body = () => {
    if (catalog.isPending || me.isPending)
      return (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-60 w-full rounded-card" />
          ))}
        </div>
      );
    if (catalog.isError || me.isError)
      return (
        <QueryError
          onRetry={() => {
            void catalog.refetch();
            void me.refetch();
          }}
        />
      );
    if (catalog.data.length === 0)
      return (
        <EmptyState
          icon={<GiftPictogram />}
          title={t('rewards.emptyTitle')}
          description={t('rewards.emptyBody')}
        />
      );
    return groups.map((group) => {
      const rewards = catalog.data
        .filter((reward) =>
          (group.standings as readonly RewardStanding[]).includes(standingOf(reward)),
        )
        .sort((a, b) => a.pointsMissing - b.pointsMissing || a.pointsCost - b.pointsCost);
      return rewards.length ? (
        <RewardGroup
          key={group.key}
          title={t(`rewards.${group.key}`)}
          rewards={rewards}
          balance={balance}
          onClaim={setSelected}
        />
      ) : null;
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('rewards.title')}</h1>
          <p className="mt-1 text-ink-muted">{t('rewards.intro')}</p>
        </div>
        <Card as="div" className="py-3 sm:py-3">
          <p className="text-sm font-medium text-ink-muted">{t('rewards.balanceLabel')}</p>
          {me.data ? (
            <p className="text-3xl font-extrabold tracking-tight text-brand-800 tabular-nums">
              <Points value={me.data.pointsBalance} data-testid="points-balance" />{' '}
              <span className="text-base font-semibold text-ink-muted">
                {t('common.points', { count: me.data.pointsBalance })}
              </span>
            </p>
          ) : (
            <Skeleton className="h-9 w-32" />
          )}
        </Card>
      </div>
      {body()}
      <ClaimDialog reward={selected} balance={balance} onClose={() => setSelected(undefined)} />
    </div>
  );
};
