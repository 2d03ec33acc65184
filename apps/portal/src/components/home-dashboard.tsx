'use client';

import { Badge, buttonStyles, Card, EmptyState, Points, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { HomeTierProgress } from './home-tier-progress.tsx';
import { InvitationsForYou } from './invitations-for-you.tsx';
import { MemberCard } from './member-card.tsx';
import { MovementList } from './movement-list.tsx';
import { OffersForYou } from './offers-for-you.tsx';
import { PointsOutlook } from './points-outlook.tsx';
import { ShoppingBagPictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';
import { ReferralsTeaser } from './referrals-teaser.tsx';
import { RewardsAtAGlance } from './rewards-at-a-glance.tsx';
import { TierCelebration } from './tier-celebration.tsx';
import { useTierName } from './tier-name.ts';

const LATEST = 5;

const LatestActivity = () => {
  const t = useTranslations('home');
  const trpc = useTRPC();
  const movements = useQuery(trpc.movements.queryOptions({ limit: LATEST }));
  if (movements.isPending)
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-14 w-full" />
        ))}
      </div>
    );
  if (movements.isError) return <QueryError onRetry={() => movements.refetch()} />;
  if (movements.data.items.length === 0)
    return (
      <EmptyState
        icon={<ShoppingBagPictogram />}
        title={t('emptyTitle')}
        description={t('emptyBody')}
        action={
          <Link href="/card" className={buttonStyles({ size: 'sm' })}>
            {t('emptyAction')}
          </Link>
        }
      />
    );
  return (
    <>
      <MovementList movements={movements.data.items} label={t('latest')} />
      <Link
        href="/history"
        className={buttonStyles({ variant: 'secondary', fullWidth: true, size: 'sm' })}
      >
        {t('seeAll')}
      </Link>
    </>
  );
};

/**
 * Home: the balance first, the card to show at the till, the offers for her status, the next
 * reward and codes in hand, then what happened lately, and the way to invite friends.
 */
export const HomeDashboard = () => {
  const t = useTranslations();
  const tierName = useTierName();
  const trpc = useTRPC();
  const me = useQuery(trpc.me.queryOptions());

  if (me.isError) return <QueryError onRetry={() => me.refetch()} />;

  return (
    <div className="grid gap-4 md:grid-cols-2 md:items-start">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">
          {me.data ? (
            t('home.greeting', { name: me.data.firstName })
          ) : (
            <Skeleton className="h-8 w-48" />
          )}
        </h1>
        <TierCelebration />
        <Card as="section" aria-labelledby="balance-heading">
          <h2 id="balance-heading" className="text-sm font-medium text-ink-muted">
            {t('home.balanceLabel')}
          </h2>
          <div className="mt-1 flex flex-wrap items-end justify-between gap-3">
            {me.data ? (
              <p className="text-5xl font-extrabold tracking-tight text-brand-800 tabular-nums">
                <Points value={me.data.pointsBalance} data-testid="points-balance" />{' '}
                <span className="text-lg font-semibold text-ink-muted">
                  {t('common.points', { count: me.data.pointsBalance })}
                </span>
              </p>
            ) : (
              <Skeleton className="h-12 w-40" />
            )}
            {me.data ? (
              <Badge tone="brand" data-testid="tier-badge">
                {t('home.tier', { tier: tierName(me.data.tier) })}
              </Badge>
            ) : (
              <Skeleton className="h-6 w-24" />
            )}
          </div>
          <HomeTierProgress />
          <PointsOutlook />
          <Link
            href="/earn"
            className="mt-3 inline-block text-sm font-semibold text-brand-800 underline underline-offset-4"
          >
            {t('earn.link')}
          </Link>
        </Card>
        <section aria-label={t('card.title')}>
          {me.data ? (
            <MemberCard
              memberCode={me.data.memberCode}
              name={me.data.firstName}
              tierName={tierName(me.data.tier)}
              action={
                <Link
                  href="/card"
                  className="rounded-control px-3 py-2 text-sm font-semibold text-on-brand underline underline-offset-4 hover:bg-white/10"
                >
                  {t('home.openCard')}
                </Link>
              }
            />
          ) : (
            <Skeleton className="h-80 w-full rounded-card" />
          )}
        </section>
        <OffersForYou />
        <InvitationsForYou />
      </div>
      <div className="flex flex-col gap-4">
        <RewardsAtAGlance />
        <Card title={t('home.latest')} className="flex flex-col gap-3">
          <LatestActivity />
        </Card>
        <Link
          href="/receipts/claim"
          className={buttonStyles({ variant: 'secondary', fullWidth: true, size: 'sm' })}
        >
          {t('receipts.link')}
        </Link>
        <ReferralsTeaser />
      </div>
    </div>
  );
};
