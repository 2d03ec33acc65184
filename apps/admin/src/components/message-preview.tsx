'use client';

import type { SmsLength } from '@fidele/messaging/sms-length';
import { Tabs } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export type PreviewLanguage = 'en' | 'fr';

/** A preview in English and in French, on two tabs, the staff member's language first. */
export const PreviewLanguages = ({
  label,
  names,
  children,
}: {
  label: string;
  names: Record<PreviewLanguage, string>;
  children: (language: PreviewLanguage) => ReactNode;
}) => {
  const locale = useLocale();
  return (
    <Tabs
      label={label}
      defaultTab={locale === 'fr' ? 'fr' : 'en'}
      tabs={(['en', 'fr'] as const).map((language) => ({
        id: language,
        label: names[language],
        content: children(language),
      }))}
    />
  );
};

/** A message as the preview procedures render it for a sample customer: its email and its SMS. */
export type PreviewedMessage = {
  email: { subject: string; html: string };
  sms: { text: string } & Pick<SmsLength, 'encoding' | 'units' | 'segments'>;
};

/** How long an SMS is and how many SMS the network bills it as, in words. */
export const SmsLengthText = ({
  length,
}: {
  length: Pick<SmsLength, 'encoding' | 'units' | 'segments'>;
}) => {
  const t = useTranslations('messagePreview');
  return t(length.encoding === 'GSM-7' ? 'smsLength' : 'smsLengthUnicode', {
    units: length.units,
    segments: length.segments,
  });
};

/**
 * A message's email (in a sandboxed frame, its subject above it) and its SMS (with its length),
 * side by side on wide screens. `id` keeps the headings' ids apart; a note can be said under
 * each heading (e.g. that the channel is not used).
 */
export const MessagePreview = ({
  id,
  message,
  emailNote,
  smsNote,
  smsLengthTestId,
}: {
  id: string;
  message: PreviewedMessage;
  emailNote?: ReactNode;
  smsNote?: ReactNode;
  smsLengthTestId?: string;
}) => {
  const t = useTranslations('messagePreview');
  const { email, sms } = message;
  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <section aria-labelledby={`${id}-email`} className="flex min-w-0 flex-1 flex-col gap-2">
        <h3 id={`${id}-email`} className="font-semibold text-ink">
          {t('email')}
        </h3>
        {emailNote}
        <p className="text-sm">
          <span className="text-ink-muted">{t('subject')}</span> {email.subject}
        </p>
        <iframe
          sandbox=""
          srcDoc={email.html}
          title={t('emailFrame', { subject: email.subject })}
          className="h-150 w-full rounded-control border border-border bg-white"
        />
      </section>
      <section aria-labelledby={`${id}-sms`} className="flex flex-col gap-2 lg:w-80">
        <h3 id={`${id}-sms`} className="font-semibold text-ink">
          {t('sms')}
        </h3>
        {smsNote}
        <p className="rounded-card bg-surface-muted p-3 text-sm break-words whitespace-pre-wrap text-ink ring-1 ring-border ring-inset">
          {sms.text}
        </p>
        <p className="text-sm text-ink-muted" data-testid={smsLengthTestId}>
          <SmsLengthText length={sms} />
        </p>
      </section>
    </div>
  );
};
