'use client';

import { buttonStyles, Card, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { OfferCard } from './offer-card.tsx';
import { homeOffers } from './offer-view.ts';
import { useOfferClaim } from './offers-claim.tsx';
import { QueryError } from './query-error.tsx';

/**
 * Home's offers: up to two she can use now (the code one tap away), else one locked teaser to
 * climb for, and the way to all of them. Nothing at all when the programme has none for her.
 */
export const OffersForYou = () => {
  const t = useTranslations('home');
  const trpc = useTRPC();
  const offers = useQuery(trpc.offers.list.queryOptions());
  const { claim, claimingId, dialog } = useOfferClaim();

  const section = () => {
    if (offers.isPending) return <Skeleton className="h-56 w-full rounded-card" />;
    if (offers.isError)
      return (
        <Card title={t('offersTitle')}>
          <QueryError onRetry={() => offers.refetch()} />
        </Card>
      );
    const shown = homeOffers(offers.data);
    if (shown.length === 0) return null;
    return (
      <Card title={t('offersTitle')} data-testid="home-offers" className="flex flex-col gap-3">
        <ul className="flex flex-col divide-y divide-border">
          {shown.map((offer) => (
            <li key={offer.id} className="py-3 first:pt-0">
              <OfferCard
                offer={offer}
                onClaim={claim}
                claiming={claimingId === offer.id}
                busy={claimingId !== undefined && claimingId !== offer.id}
                compact
              />
            </li>
          ))}
        </ul>
        <Link
          href="/offers"
          className={buttonStyles({ variant: 'secondary', fullWidth: true, size: 'sm' })}
        >
          {t('seeOffers')}
        </Link>
      </Card>
    );
  };

  return (
    <>
      {section()}
      {/* Outside the section: the code stays on screen even if the offer just left the list. */}
      {dialog}
    </>
  );
};
