'use client';

import { Badge, Card, formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { MemberPreviewBox } from '@/components/member-preview-box.tsx';
import { typedDateTime } from '@/lib/form-reading.ts';
import type { RewardFormValues } from './reward-form-values.ts';

/** The reward as a member's catalog shows it, from what is typed so far. */
export const DiscountPreview = ({
  values,
  tierName,
}: {
  values: RewardFormValues;
  tierName?: string;
}) => {
  const t = useTranslations();
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const name = (locale === 'fr' ? values.nameFr : values.nameEn).trim();
  const description = (locale === 'fr' ? values.descriptionFr : values.descriptionEn).trim();
  const cost = Number(values.pointsCost);
  const days = Number(values.validityDays);
  const stock = values.stock.trim() === '' ? undefined : Number(values.stock);
  const date = (value: Date) => formatDateTime(value, locale, 'date', timeZone);
  const from = typedDateTime(values.validFrom);
  const until = typedDateTime(values.validUntil);

  const validity =
    values.validityDays.trim() && Number.isInteger(days) && days > 0
      ? t('rewardForm.preview.validDays', { days })
      : until
        ? t('rewardForm.preview.validUntil', { date: date(until) })
        : undefined;
  const claimable =
    from && until
      ? t('rewardForm.preview.claimable', { from: date(from), until: date(until) })
      : from
        ? t('rewardForm.preview.claimableFrom', { from: date(from) })
        : until
          ? t('rewardForm.preview.claimableUntil', { until: date(until) })
          : undefined;

  return (
    <Card title={t('rewardForm.preview.title')}>
      <MemberPreviewBox
        values={values}
        title={name}
        untitled={t('rewardForm.preview.untitled')}
        incomplete={t('rewardForm.preview.incomplete')}
      >
        {description ? <p className="mt-2 text-sm text-ink-muted">{description}</p> : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <Badge tone="brand">{t(`rewardWhere.${values.channels}`)}</Badge>
          {Number.isInteger(cost) && cost > 0 ? (
            <Badge tone="neutral">{t('rewardForm.preview.cost', { points: cost })}</Badge>
          ) : null}
        </div>
        <ul className="mt-3 flex flex-col gap-1 text-sm text-ink-muted">
          {validity ? <li>{validity}</li> : null}
          {claimable ? <li>{claimable}</li> : null}
          {stock !== undefined && Number.isInteger(stock) && stock >= 0 ? (
            <li>{t('rewardForm.preview.stock', { count: stock })}</li>
          ) : null}
          {tierName ? <li>{t('rewardForm.preview.tier', { tier: tierName })}</li> : null}
        </ul>
      </MemberPreviewBox>
    </Card>
  );
};
