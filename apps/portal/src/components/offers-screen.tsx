'use client';

import { buttonStyles, Card, EmptyState, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { OfferCard } from './offer-card.tsx';
import { type CustomerOffer, OFFER_GROUPS, offersIn } from './offer-view.ts';
import { useOfferClaim } from './offers-claim.tsx';
import { ShoppingBagPictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';
import { TierBadge } from './tier-badge.tsx';

/** Her status beside the title: the offers below are the ones it opens. Nothing if it fails. */
const MyStatus = () => {
  const t = useTranslations('offers');
  const trpc = useTRPC();
  const status = useQuery(trpc.tier.queryOptions());
  if (status.isError) return null;
  return (
    <Card as="div" className="py-3 sm:py-3">
      <p className="text-sm font-medium text-ink-muted">{t('statusLabel')}</p>
      <div className="mt-1">
        {status.data ? (
          <TierBadge tier={status.data.current} size="lg" />
        ) : (
          <Skeleton className="h-9 w-28" />
        )}
      </div>
    </Card>
  );
};

const OfferGroup = ({
  title,
  offers,
  claimingId,
  onClaim,
}: {
  title: string;
  offers: CustomerOffer[];
  claimingId: string | undefined;
  onClaim: (offer: CustomerOffer) => void;
}) => (
  <section className="flex flex-col gap-3">
    <h2 className="text-lg font-semibold">{title}</h2>
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {offers.map((offer) => (
        <OfferCard
          key={offer.id}
          offer={offer}
          onClaim={onClaim}
          claiming={claimingId === offer.id}
          busy={claimingId !== undefined && claimingId !== offer.id}
        />
      ))}
    </div>
  </section>
);

/** The VIP offers page: what she can use now, what a higher status unlocks, what is used up. */
export const OffersScreen = () => {
  const t = useTranslations('offers');
  const trpc = useTRPC();
  const offers = useQuery(trpc.offers.list.queryOptions());
  const { claim, claimingId, dialog } = useOfferClaim();

  const body = () => {
    if (offers.isPending)
      return (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-60 w-full rounded-card" />
          ))}
        </div>
      );
    if (offers.isError) return <QueryError onRetry={() => offers.refetch()} />;
    if (offers.data.length === 0)
      return (
        <EmptyState
          icon={<ShoppingBagPictogram />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
          action={
            <Link href="/tier" className={buttonStyles({ size: 'sm' })}>
              {t('emptyAction')}
            </Link>
          }
        />
      );
    return (Object.keys(OFFER_GROUPS) as (keyof typeof OFFER_GROUPS)[]).map((name) => {
      const group = offersIn(offers.data, name);
      return group.length ? (
        <OfferGroup
          key={name}
          title={t(name)}
          offers={group}
          claimingId={claimingId}
          onClaim={claim}
        />
      ) : null;
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-ink-muted">{t('intro')}</p>
        </div>
        <MyStatus />
      </div>
      {body()}
      {dialog}
    </div>
  );
};
