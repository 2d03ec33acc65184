'use client';

import { Badge, Card, formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { AudiencePreview } from '@/components/audience-preview.tsx';
import { typedDateTime, whole } from '@/lib/form-reading.ts';
import type { PrivateSaleFormValues } from './private-sale-form-values.ts';

/** The invitation as customers will read it, and who gets one, from what is typed so far. */
export const PrivateSalePreview = ({
  values,
  shopName,
  tiers,
  segments,
}: {
  values: PrivateSaleFormValues;
  /** The chosen shop's name; none for an online event. */
  shopName?: string;
  /** The ticked tiers and segments, by name. */
  tiers: { name: string; nameFr: string }[];
  segments: { name: string }[];
}) => {
  const t = useTranslations();
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const name = (locale === 'fr' ? values.nameFr : values.nameEn).trim();
  const text = (locale === 'fr' ? values.textFr : values.textEn).trim();
  const date = (value: Date) => formatDateTime(value, locale, 'dateTime', timeZone);
  const from = typedDateTime(values.startsAt);
  const until = typedDateTime(values.endsAt);
  const capacity = whole(values.capacity.trim());

  return (
    <Card title={t('privateSaleForm.preview.title')}>
      <div
        aria-live="polite"
        data-testid="private-sale-preview"
        className="rounded-card bg-brand-50 p-4 ring-1 ring-brand-200 ring-inset"
      >
        <div className="flex flex-wrap gap-2">
          <Badge tone="brand">{t(`privateSales.kinds.${values.kind}`)}</Badge>
          <Badge tone="neutral">{values.shopId ? shopName : t('privateSales.online')}</Badge>
        </div>
        <p className="mt-2 font-semibold text-ink">
          {name || t('privateSaleForm.preview.untitled')}
        </p>
        {text ? <p className="mt-2 text-sm whitespace-pre-line text-ink-muted">{text}</p> : null}
        <ul className="mt-3 flex flex-col gap-1 text-sm text-ink-muted">
          {from && until ? (
            <li>{t('privateSaleForm.preview.dates', { from: date(from), until: date(until) })}</li>
          ) : null}
          {capacity >= 1 ? (
            <li>{t('privateSaleForm.preview.places', { count: capacity })}</li>
          ) : null}
        </ul>
      </div>
      <AudiencePreview namespace="privateSaleForm.preview" tiers={tiers} segments={segments} />
    </Card>
  );
};
