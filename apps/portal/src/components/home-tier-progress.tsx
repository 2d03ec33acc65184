'use client';

import { Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { TierProgress } from './tier-progress.tsx';
import { TierStanding } from './tier-standing.tsx';

/**
 * Home's glance at her tier, under the badge: how far the next tier is, the whole of it a link to
 * the tier page, then which points count towards it (so it does not seem to contradict the
 * balance) and until when she keeps it. Nothing shows if it fails: the balance above stays the
 * number that counts.
 */
export const HomeTierProgress = () => {
  const t = useTranslations('myTier');
  const trpc = useTRPC();
  const status = useQuery(trpc.tier.queryOptions());
  if (status.isPending) return <Skeleton className="mt-3 h-11 w-full" />;
  if (status.isError) return null;
  return (
    <>
      <Link
        href="/tier"
        data-testid="home-tier"
        className="-mx-2 mt-3 block rounded-control px-2 py-1.5 text-sm hover:bg-brand-50"
      >
        <TierProgress
          status={status.data}
          variant="compact"
          aside={
            <span className="shrink-0 font-semibold text-brand-800">
              <span className="sr-only">{t('seeStatus')}</span>
              <span aria-hidden="true">→</span>
            </span>
          }
        />
      </Link>
      <div className="mt-1">
        <TierStanding status={status.data} />
      </div>
    </>
  );
};
