import { tierNameIn } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';

/** A tier as it may be at hand: `{ code, name }` everywhere, `nameFr` too where the tier is whole. */
export type NamedTier = { code: string; name: string; nameFr?: string };

/**
 * A tier's name in the customer's language. A tier that carries its French name (`nameFr`) uses it
 * in French and its own `name` otherwise; a `{ code, name }` tier keeps the translation of its code
 * when there is one, else its own name.
 */
export const useTierName = () => {
  const t = useTranslations('tiers');
  const locale = useLocale();
  return (tier: NamedTier) => {
    const known = t.has(tier.code as 'MEMBER') ? t(tier.code as 'MEMBER') : undefined;
    if (tier.nameFr === undefined) return known ?? tier.name;
    return tierNameIn(tier, locale);
  };
};
