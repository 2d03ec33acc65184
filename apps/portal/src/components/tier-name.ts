'use client';

import { useTranslations } from 'next-intl';

/** A tier's name in the customer's language; a tier we have no translation for keeps its own. */
export const useTierName = () => {
  const t = useTranslations('tiers');
  return (tier: { code: string; name: string }) =>
    t.has(tier.code as 'MEMBER') ? t(tier.code as 'MEMBER') : tier.name;
};
