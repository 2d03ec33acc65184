'use client';

import { Card, formatDateTime, useFormatSettings } from '@fidele/ui';
import { SOCIAL_NETWORK_NAMES } from '@fidele/validators';
import { useLocale, useTranslations } from 'next-intl';
import { typedDateTime, whole } from '@/lib/form-reading.ts';
import type { ContestFormValues } from './contest-form-values.ts';

/** The contest as members will read it on its page, from what is typed so far. */
export const ContestPreview = ({
  values,
  rewardName,
}: {
  values: ContestFormValues;
  /** The chosen reward's name, when the prize is one. */
  rewardName?: string;
}) => {
  const t = useTranslations('contests.form.preview');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const title = (locale === 'fr' ? values.titleFr : values.titleEn).trim();
  const text = (locale === 'fr' ? values.textFr : values.textEn).trim();
  const date = (value: Date) => formatDateTime(value, locale, 'dateTime', timeZone);
  const from = typedDateTime(values.startsAt);
  const until = typedDateTime(values.endsAt);
  const hashtag = values.hashtag.trim().replace(/^#/, '');
  const entryPoints = whole(values.entryPoints.trim());
  const winners = whole(values.winnerCount.trim());
  const prizePoints = whole(values.prizePoints.trim());
  const entries = whole(values.entriesPerCustomer.trim());
  const networks = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    values.networks.map((network) => SOCIAL_NETWORK_NAMES[network]),
  );

  return (
    <Card title={t('title')}>
      <div
        aria-live="polite"
        data-testid="contest-preview"
        className="rounded-card bg-brand-50 p-4 ring-1 ring-brand-200 ring-inset"
      >
        <p className="font-semibold text-ink">{title || t('untitled')}</p>
        {text ? <p className="mt-2 text-sm whitespace-pre-line text-ink-muted">{text}</p> : null}
        <ul className="mt-3 flex flex-col gap-1 text-sm text-ink-muted">
          {from && until ? <li>{t('dates', { from: date(from), until: date(until) })}</li> : null}
          {values.networks.length ? <li>{t('networks', { networks })}</li> : null}
          {hashtag ? <li>{t('hashtag', { hashtag })}</li> : null}
          {values.postUrl.trim() ? <li>{t(hashtag ? 'orComment' : 'comment')}</li> : null}
          {entries >= 1 ? <li>{t('entriesPerMember', { count: entries })}</li> : null}
          {entryPoints >= 1 ? <li>{t('entryPoints', { points: entryPoints })}</li> : null}
          {winners >= 1 && values.prizeKind === 'POINTS' && prizePoints >= 1 ? (
            <li>{t('prizePoints', { count: winners, points: prizePoints })}</li>
          ) : null}
          {winners >= 1 && values.prizeKind === 'REWARD' && rewardName ? (
            <li>{t('prizeReward', { count: winners, reward: rewardName })}</li>
          ) : null}
        </ul>
      </div>
    </Card>
  );
};
