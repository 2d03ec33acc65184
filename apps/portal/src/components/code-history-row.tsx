'use client';

import { Badge, formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import type { CustomerCode } from './customer-code.ts';
import { useDiscountWords } from './discount-words.ts';

/** A code that can no longer be used: what it was, and when it was used or ran out. */
export const CodeHistoryRow = ({ code }: { code: CustomerCode }) => {
  const t = useTranslations('codes');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const words = useDiscountWords();
  const name = code.name?.[locale];
  const what = name ? words.beyondName(name, code.discount) : undefined;
  const date = (value: Date) => formatDateTime(value, locale, 'date', timeZone);

  const status = () => {
    if (code.status === 'REDEEMED')
      return (
        <Badge tone="success">
          {code.redeemedAt ? t('used', { date: date(code.redeemedAt) }) : t('usedUndated')}
        </Badge>
      );
    if (code.status === 'CANCELLED') return <Badge tone="danger">{t('cancelled')}</Badge>;
    return <Badge>{t('expired', { date: date(code.validUntil) })}</Badge>;
  };

  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
      <div className="min-w-0">
        <p className="font-semibold">
          {name ?? words.what(code.discount)}
          {what ? <span className="font-normal text-ink-muted"> · {what}</span> : null}
        </p>
        <p className="font-mono text-sm text-ink-muted">{code.formatted}</p>
        <p className="text-sm text-ink-muted">{t('claimedOn', { date: date(code.validFrom) })}</p>
      </div>
      {status()}
    </li>
  );
};
