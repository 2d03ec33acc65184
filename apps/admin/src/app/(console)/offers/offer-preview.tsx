'use client';

import { Badge, Card, formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { AudiencePreview } from '@/components/audience-preview.tsx';
import { MemberPreviewBox } from '@/components/member-preview-box.tsx';
import { typedDateTime, whole } from '@/lib/form-reading.ts';
import type { OfferFormValues } from './offer-form-values.ts';

/** The offer as a member's portal shows it, and who gets it, from what is typed so far. */
export const OfferPreview = ({
  values,
  tiers,
  segments,
}: {
  values: OfferFormValues;
  /** The ticked tiers and segments, by name. */
  tiers: { name: string; nameFr: string }[];
  segments: { name: string }[];
}) => {
  const t = useTranslations();
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const title = (locale === 'fr' ? values.titleFr : values.titleEn).trim();
  const text = (locale === 'fr' ? values.textFr : values.textEn).trim();
  const date = (value: Date) => formatDateTime(value, locale, 'dateTime', timeZone);
  const from = typedDateTime(values.startsAt);
  const until = typedDateTime(values.endsAt);
  const limit = whole(values.perCustomerLimit.trim());
  const cap = whole(values.totalCap.trim());

  return (
    <Card title={t('offerForm.preview.title')}>
      <MemberPreviewBox
        values={values}
        title={title}
        untitled={t('offerForm.preview.untitled')}
        incomplete={t('offerForm.preview.incomplete')}
        testId="offer-preview"
      >
        {text ? <p className="mt-2 text-sm whitespace-pre-line text-ink-muted">{text}</p> : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <Badge tone="brand">{t(`rewardWhere.${values.channels}`)}</Badge>
          <Badge tone="neutral">{t(`offers.benefit.${values.benefit}`)}</Badge>
        </div>
        <ul className="mt-3 flex flex-col gap-1 text-sm text-ink-muted">
          {from && until ? (
            <li>{t('offerForm.preview.dates', { from: date(from), until: date(until) })}</li>
          ) : null}
          <li>
            {values.benefit === 'DISCOUNT_CODE'
              ? t('offerForm.preview.code')
              : t('offerForm.preview.till')}
          </li>
          {limit >= 1 ? <li>{t('offerForm.preview.perCustomer', { count: limit })}</li> : null}
          {cap >= 1 ? <li>{t('offerForm.preview.cap', { count: cap })}</li> : null}
        </ul>
      </MemberPreviewBox>
      <AudiencePreview namespace="offerForm.preview" tiers={tiers} segments={segments} />
    </Card>
  );
};
