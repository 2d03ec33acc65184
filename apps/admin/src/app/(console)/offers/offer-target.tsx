'use client';

import { useTranslations } from 'next-intl';
import { TierBadge } from '../tiers/tier-badge.tsx';

type Target = {
  tiers: { id: string; name: string; nameFr: string; colour: string }[];
  segments: { id: string; name: string }[];
};

/** Who an offer is for: its tiers on their colours, then its segments by name. */
export const OfferTarget = ({ target }: { target: Target }) => {
  const t = useTranslations('offers');
  return (
    <span className="flex min-w-36 flex-col gap-1">
      {target.tiers.length ? (
        <span className="flex flex-wrap gap-1">
          {target.tiers.map((tier) => (
            <TierBadge key={tier.id} tier={tier} className="text-xs" />
          ))}
        </span>
      ) : null}
      {target.segments.length ? (
        <span className="text-xs text-ink-muted">
          {t('segmentsList', {
            segments: target.segments.map((segment) => segment.name).join(', '),
          })}
        </span>
      ) : null}
    </span>
  );
};
