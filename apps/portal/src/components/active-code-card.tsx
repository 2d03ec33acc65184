'use client';

import { Barcode, formatDateTime, QrCode, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { CodeText } from './code-text.tsx';
import type { CustomerCode } from './customer-code.ts';
import { useDiscountWords } from './discount-words.ts';

/**
 * A code ready to use: as text to copy into the e-shop, and as QR code and barcode for the till
 * scanner (only when the code works in shops, so nobody is sent to a till that will refuse it).
 */
export const ActiveCodeCard = ({ code }: { code: CustomerCode }) => {
  const t = useTranslations('codes');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const words = useDiscountWords();
  const headingId = useId();
  const minBasket = words.minBasket(code.discount);
  const name = code.name?.[locale];
  const what = name ? words.beyondName(name, code.discount) : undefined;
  const inShops = code.discount.channels !== 'ONLINE';

  return (
    <article
      data-testid="code"
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-card bg-surface p-4 shadow-card sm:p-5"
    >
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="text-xl font-extrabold tracking-tight text-brand-800">
          {name ?? words.what(code.discount)}
        </h2>
        {what ? <p className="font-semibold">{what}</p> : null}
        <p className="text-sm">
          <span className="font-semibold">{words.validWhere(code.discount)}</span>
          {minBasket ? ` · ${minBasket}` : null}
        </p>
        <p className="text-sm text-ink-muted">
          {t('validUntil', { date: formatDateTime(code.validUntil, locale, 'long', timeZone) })}
        </p>
      </div>
      <CodeText
        code={code.code}
        formatted={code.formatted}
        label={t('codeLabel')}
        copyLabels={{ copy: t('copy'), copied: t('copied') }}
      />
      {inShops ? (
        <div className="flex flex-col items-center gap-3 rounded-control border border-border p-3">
          <QrCode
            value={code.code}
            label={t('qrLabel', { code: code.formatted })}
            className="size-40"
          />
          <Barcode
            value={code.code}
            label={t('barcodeLabel', { code: code.formatted })}
            className="h-20 w-full max-w-xs"
          />
          <p className="text-center text-sm text-ink-muted">{t('tillHint')}</p>
        </div>
      ) : (
        <p className="text-sm text-ink-muted">{t('onlineHint')}</p>
      )}
    </article>
  );
};
