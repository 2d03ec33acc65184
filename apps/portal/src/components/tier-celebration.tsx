'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { useTierName } from './tier-name.ts';

/**
 * The first time she sees a tier she has just reached: a banner she can dismiss. Seeing it is
 * recorded on the server at once, so no other device (nor the next visit) shows it again.
 */
export const TierCelebration = () => {
  const t = useTranslations('myTier.celebration');
  const tierName = useTierName();
  const trpc = useTRPC();
  const status = useQuery(trpc.tier.queryOptions());
  const seen = useMutation(trpc.tierCelebrated.mutationOptions());
  const [dismissed, setDismissed] = useState(false);
  const celebration = status.data?.celebration;
  const { mutate } = seen;
  useEffect(() => {
    if (celebration) mutate({ changeId: celebration.changeId });
  }, [celebration, mutate]);
  if (!celebration || dismissed) return null;
  return (
    <section
      aria-labelledby="tier-celebration-title"
      data-testid="tier-celebration"
      className="flex items-start justify-between gap-3 rounded-card bg-brand-800 p-4 text-on-brand shadow-card"
    >
      <div>
        <h2 id="tier-celebration-title" className="text-lg font-bold">
          {t('title', { tier: tierName(celebration.tier) })}
        </h2>
        <p className="mt-1 text-sm">{t('body')}</p>
      </div>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="shrink-0 rounded-control px-3 py-2 text-sm font-semibold underline underline-offset-4 hover:bg-white/10"
      >
        {t('dismiss')}
      </button>
    </section>
  );
};
