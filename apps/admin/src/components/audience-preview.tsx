'use client';

import { tierNameIn } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';

/**
 * Who a record reaches, in words, from its ticked tiers and segments (under an offer's or a
 * private sale's preview). Its words are the namespace's `tiers`, `segments`, `andSegments` and
 * `noTarget`.
 */
export const AudiencePreview = ({
  namespace,
  tiers,
  segments,
}: {
  namespace: string;
  /** The ticked tiers and segments, by name. */
  tiers: readonly { name: string; nameFr: string }[];
  segments: readonly { name: string }[];
}) => {
  const t = useTranslations(namespace);
  const locale = useLocale();
  const list = (items: string[]) =>
    new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  return (
    <ul className="mt-4 flex flex-col gap-1 text-sm">
      {tiers.length === 0 && segments.length === 0 ? (
        <li className="text-ink-muted">{t('noTarget')}</li>
      ) : null}
      {tiers.length ? (
        <li>{t('tiers', { tiers: list(tiers.map((tier) => tierNameIn(tier, locale))) })}</li>
      ) : null}
      {segments.length ? (
        <li>
          {t(tiers.length ? 'andSegments' : 'segments', {
            segments: list(segments.map((segment) => segment.name)),
          })}
        </li>
      ) : null}
    </ul>
  );
};
