'use client';

import { classNames, DateTime, EmptyState, formatMoney, useFormatSettings } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { StaffOutputs } from '@/trpc/types.ts';

type CodeEvent = StaffOutputs['codes']['find']['events'][number];

const dotTone: Record<CodeEvent['type'], string> = {
  ISSUED: 'bg-brand-600',
  VALIDATED: 'bg-info-700',
  REDEEMED: 'bg-success-700',
  ROLLED_BACK: 'bg-warning-800',
  CANCELLED: 'bg-danger-700',
};

const REFUSALS = [
  'code_already_redeemed',
  'code_cancelled',
  'code_expired',
  'code_not_yet_valid',
  'code_not_valid_on_channel',
  'currency_mismatch',
  'basket_below_minimum',
];

const valueIn = (detail: unknown, key: string): unknown =>
  detail && typeof detail === 'object' ? (detail as Record<string, unknown>)[key] : undefined;

const numberIn = (detail: unknown, key: string): number | undefined => {
  const value = valueIn(detail, key);
  return typeof value === 'number' ? value : undefined;
};

const textIn = (detail: unknown, key: string): string | undefined => {
  const value = valueIn(detail, key);
  return typeof value === 'string' ? value : undefined;
};

/** The code's events, oldest first: what happened, where, through which channel and by whom. */
export const CodeTimeline = ({
  events,
  currency,
  pointsCost,
  freeShipping,
}: {
  events: CodeEvent[];
  currency: string;
  pointsCost: number;
  /** Free shipping takes nothing off the goods: the basket is what matters. */
  freeShipping: boolean;
}) => {
  const t = useTranslations();
  const { locale } = useFormatSettings();
  const money = (amount: number) => formatMoney(amount, currency, locale);

  const sentence = (event: CodeEvent): string | undefined => {
    const amountOff = numberIn(event.detail, 'amountOff');
    const basket = numberIn(event.detail, 'basketAmount');
    const use = (key: 'validatedOk' | 'redeemed') =>
      freeShipping
        ? t(`codes.timeline.${key}FreeShipping`, { basket: money(basket ?? 0) })
        : t(`codes.timeline.${key}`, {
            amountOff: money(amountOff ?? 0),
            basket: money(basket ?? 0),
          });
    switch (event.type) {
      case 'ISSUED':
        return pointsCost > 0
          ? t('codes.timeline.issued', { points: pointsCost })
          : t('codes.timeline.issuedFree');
      case 'VALIDATED': {
        if (amountOff !== undefined && basket !== undefined)
          return t('codes.timeline.validatedOk', {
            amountOff: money(amountOff),
            basket: money(basket),
          });
        const reason = textIn(event.detail, 'reason') ?? 'other';
        return t('codes.timeline.validatedRefused', {
          reason: t(`codes.timeline.refusals.${REFUSALS.includes(reason) ? reason : 'other'}`),
        });
      }
      case 'REDEEMED':
        return amountOff !== undefined && basket !== undefined ? use('redeemed') : undefined;
      case 'ROLLED_BACK':
        return t('codes.timeline.rolledBack');
      case 'CANCELLED':
        return t('codes.timeline.cancelled', {
          reason: textIn(event.detail, 'reason') ?? '—',
          points: numberIn(event.detail, 'pointsRefunded') ?? 0,
        });
    }
  };

  if (events.length === 0) return <EmptyState title={t('codes.timeline.empty')} />;

  return (
    <ol className="flex flex-col">
      {events.map((event, index) => {
        const details = sentence(event);
        const context = [
          event.channel ? t(`channels.${event.channel}`) : undefined,
          event.shopName ? t('codes.timeline.at', { shop: event.shopName }) : undefined,
          t(`codes.timeline.by.${event.actorType}`),
        ].filter(Boolean);
        return (
          <li
            key={event.id}
            data-testid="code-event"
            data-type={event.type}
            className="relative grid grid-cols-[1.5rem_1fr] gap-x-3 pb-5 last:pb-0"
          >
            {index < events.length - 1 ? (
              <span
                aria-hidden="true"
                className="absolute top-4 bottom-0 left-[0.6875rem] w-0.5 bg-border"
              />
            ) : null}
            <span
              aria-hidden="true"
              className={classNames(
                'relative mt-1 size-3.5 justify-self-center rounded-full ring-4 ring-surface',
                dotTone[event.type],
              )}
            />
            <div className="flex min-w-0 flex-col gap-0.5">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-semibold">{t(`codes.timeline.types.${event.type}`)}</span>
                <DateTime value={event.createdAt} className="text-sm text-ink-muted" />
              </p>
              {details ? <p className="text-sm break-words">{details}</p> : null}
              <p className="text-sm text-ink-muted">{context.join(' · ')}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
};
