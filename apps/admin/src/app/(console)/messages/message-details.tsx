'use client';

import { formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { StaffOutputs } from '@/trpc/types.ts';

export type OutboxMessage = StaffOutputs['messages']['list']['rows'][number];

/**
 * Why a message was not sent: no consent, no address on its channel, its automation off, or
 * withdrawn (what it told no longer held).
 */
const skippedKey = ({ hold, channel }: OutboxMessage): string => {
  if (hold === 'NO_CONSENT') return 'noConsent';
  if (hold === 'AUTOMATION_OFF') return 'automationOff';
  if (hold === 'WITHDRAWN') return 'withdrawn';
  if (hold === 'NO_ADDRESS') return channel === 'SMS' ? 'noPhone' : 'noEmail';
  return 'skipped';
};

/**
 * What staff need to know of a message where it stands: why it waits and until when, why it was
 * skipped, where and what it was sent, or why it failed.
 */
export const MessageDetails = ({ message }: { message: OutboxMessage }) => {
  const t = useTranslations('messages.details');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const at = (date: Date) => formatDateTime(date, locale, 'dateTime', timeZone);

  const lines: ReactNode[] = (() => {
    switch (message.status) {
      case 'QUEUED':
        if (message.hold === 'QUIET_HOURS')
          return [t('quietHours', { until: at(message.sendAfter) })];
        if (message.hold === 'FREQUENCY_CAP')
          return [t('frequencyCap', { until: at(message.sendAfter) })];
        return [t('queued')];
      case 'DISPATCHED':
      case 'SENDING':
        return [
          t('sending'),
          message.lastError ? t('retrying', { error: message.lastError }) : null,
        ];
      case 'SKIPPED':
        return [t(skippedKey(message))];
      case 'SENT':
        return [
          message.sentAt ? t('sent', { at: at(message.sentAt), to: message.sentTo ?? '' }) : null,
          message.deliveredAt ? t('delivered', { at: at(message.deliveredAt) }) : null,
          message.undeliveredAt ? t('undelivered', { error: message.lastError ?? '' }) : null,
          message.openedAt ? t('opened', { at: at(message.openedAt) }) : null,
          message.clickedAt ? t('clicked', { at: at(message.clickedAt) }) : null,
          message.summary ? (
            <span className="line-clamp-2 text-ink" title={message.summary}>
              {message.summary}
            </span>
          ) : null,
        ];
      case 'FAILED':
        return [
          t('failed', { attempts: message.attempts }),
          message.lastError ? (
            <span className="font-mono text-xs break-words">{message.lastError}</span>
          ) : null,
        ];
    }
  })();

  return (
    <span className="flex max-w-sm min-w-48 flex-col gap-0.5 text-ink-muted">
      {lines.filter(Boolean).map((line, index) => (
        <span key={index}>{line}</span>
      ))}
      {message.resent ? <span className="text-xs">{t('resent')}</span> : null}
    </span>
  );
};
