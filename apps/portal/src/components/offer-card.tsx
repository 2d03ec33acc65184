'use client';

import { Badge, Button, classNames, formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId } from 'react';
import { useDiscountWords } from './discount-words.ts';
import { type CustomerOffer, offerAction, showsClaimsLeft } from './offer-view.ts';
import { LockPictogram } from './pictograms.tsx';
import { TierBadge } from './tier-badge.tsx';
import { useTierName } from './tier-name.ts';

/** A line of the card that leads elsewhere: the whole line is the target, an arrow at its end. */
const lineLink =
  'flex min-h-11 items-center justify-between gap-3 rounded-control px-1 font-semibold hover:bg-brand-50';

const Arrow = () => <span aria-hidden="true">→</span>;

/** "Reach [Gold] to unlock", the tier on its own colour; the line leads to her status page. */
const Unlock = ({ tier }: { tier: NonNullable<CustomerOffer['unlockTier']> }) => {
  const t = useTranslations('offers');
  const tierName = useTierName();
  return (
    <Link
      href="/tier"
      data-testid="offer-locked"
      data-tier={tier.code}
      className={classNames(lineLink, 'text-ink')}
    >
      <span className="flex items-center gap-2">
        <LockPictogram />
        <span className="leading-relaxed">
          {t.rich('unlock', { tier: tierName(tier), badge: () => <TierBadge tier={tier} /> })}
        </span>
      </span>
      <Arrow />
    </Link>
  );
};

export type OfferCardProps = {
  offer: CustomerOffer;
  onClaim: (offer: CustomerOffer) => void;
  /** This offer's code is on its way. */
  claiming?: boolean;
  /** Another offer is being claimed: one claim at a time. */
  busy?: boolean;
  /** Home's short form: no picture, no text, and no card of its own (it sits in one). */
  compact?: boolean;
};

/**
 * One VIP offer: what it gives, where and until when, and what she can do about it: get her code,
 * show her card at the till, nothing more (used up), or reach the tier that unlocks it (a teaser,
 * dimmed).
 */
export const OfferCard = ({
  offer,
  onClaim,
  claiming = false,
  busy = false,
  compact = false,
}: OfferCardProps) => {
  const t = useTranslations('offers');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const words = useDiscountWords();
  const headingId = useId();
  const action = offerAction(offer);
  const dimmed = action === 'locked' || action === 'usedUp' || action === 'soldOut';
  const title = offer.title[locale];
  const text = offer.text[locale];
  const what = words.beyondName(title, offer.discount);
  const minBasket = words.minBasket(offer.discount);

  return (
    <article
      data-testid="offer-card"
      data-state={offer.state}
      aria-labelledby={headingId}
      className={classNames(
        'flex flex-col gap-3',
        !compact && 'rounded-card p-4 shadow-card sm:p-5',
        !compact && (dimmed ? 'bg-surface-muted' : 'bg-surface'),
      )}
    >
      {!compact && offer.imageUrl ? (
        // Offer images come from any host the marketers choose: a plain img needs no allow-list.
        <img
          src={offer.imageUrl}
          alt=""
          className={classNames(
            'aspect-[2/1] w-full rounded-control object-cover',
            dimmed && 'opacity-60 grayscale',
          )}
        />
      ) : null}
      <div className="flex flex-col gap-1">
        <h3
          id={headingId}
          className={classNames('text-lg font-bold', dimmed ? 'text-ink-muted' : 'text-brand-900')}
        >
          {title}
        </h3>
        {!compact && text ? (
          <p className="text-sm break-words whitespace-pre-line text-ink-muted">{text}</p>
        ) : null}
      </div>
      <ul className="flex flex-wrap gap-2" aria-label={t('conditions')}>
        {what ? (
          <li>
            <Badge tone={dimmed ? 'neutral' : 'brand'}>{what}</Badge>
          </li>
        ) : null}
        <li>
          <Badge>{words.where(offer.discount)}</Badge>
        </li>
        {minBasket ? (
          <li>
            <Badge>{minBasket}</Badge>
          </li>
        ) : null}
        {showsClaimsLeft(offer) ? (
          <li>
            <Badge tone="info">{t('claimsLeft', { count: offer.claimsLeft })}</Badge>
          </li>
        ) : null}
      </ul>
      <div
        className={classNames(
          'mt-auto flex flex-col gap-2',
          !compact && 'border-t border-border pt-3',
        )}
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-semibold">
            {t('until', { date: formatDateTime(offer.endsAt, locale, 'long', timeZone) })}
          </p>
          {action === 'claim' ? (
            <Button
              size="sm"
              data-testid="offer-claim"
              loading={claiming}
              disabled={busy}
              onClick={() => onClaim(offer)}
              aria-describedby={headingId}
            >
              {t('getCode')}
            </Button>
          ) : null}
          {action === 'usedUp' ? <Badge>{t('usedUp')}</Badge> : null}
          {action === 'soldOut' ? <Badge>{t('soldOut')}</Badge> : null}
        </div>
        {action === 'till' ? (
          <Link href="/card" className={classNames(lineLink, 'text-brand-800')}>
            <span>{t('atTill')}</span>
            <Arrow />
          </Link>
        ) : null}
        {action === 'usedUp' && offer.benefit === 'DISCOUNT_CODE' ? (
          <Link href="/codes" className={classNames(lineLink, 'text-brand-800')}>
            <span>{t('seeCodes')}</span>
            <Arrow />
          </Link>
        ) : null}
        {action === 'locked' && offer.unlockTier ? <Unlock tier={offer.unlockTier} /> : null}
      </div>
    </article>
  );
};
