'use client';

import { Badge, Button, Points, ProgressBar } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { useDiscountWords } from './discount-words.ts';
import { LockPictogram } from './pictograms.tsx';
import { type CatalogReward, standingOf } from './reward-standing.ts';
import { useTierName } from './tier-name.ts';

export type RewardCardProps = {
  reward: CatalogReward;
  balance: number;
  onClaim: (reward: CatalogReward) => void;
};

/** One reward of the catalog: what it gives, where, what it costs, and whether she can claim it. */
export const RewardCard = ({ reward, balance, onClaim }: RewardCardProps) => {
  const t = useTranslations('rewards');
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const words = useDiscountWords();
  const tierName = useTierName();
  const headingId = useId();
  const standing = standingOf(reward);
  const name = reward.name[locale];
  const description = reward.description[locale];
  const minBasket = words.minBasket(reward.discount);
  const what = words.beyondName(name, reward.discount);

  const action = () => {
    switch (standing) {
      case 'claimable':
        return (
          <Button size="sm" onClick={() => onClaim(reward)} aria-describedby={headingId}>
            {t('claim')}
          </Button>
        );
      case 'later':
        return (
          <p className="text-sm font-semibold text-brand-800">
            {t('morePoints', { count: reward.pointsMissing })}
          </p>
        );
      case 'outOfStock':
        return <Badge>{t('outOfStock')}</Badge>;
      case 'tierLocked':
        return (
          <Badge tone="info">
            <LockPictogram />
            {t('tierLocked', { tier: reward.minTier ? tierName(reward.minTier) : '' })}
          </Badge>
        );
    }
  };

  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-card bg-surface p-4 shadow-card sm:p-5"
    >
      {reward.imageUrl ? (
        // Catalog images come from any host the marketers choose: a plain img needs no allow-list.
        <img
          src={reward.imageUrl}
          alt=""
          className="aspect-[2/1] w-full rounded-control object-cover"
        />
      ) : null}
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className="text-lg font-bold text-brand-900">
          {name}
        </h3>
        {description ? <p className="text-sm text-ink-muted">{description}</p> : null}
      </div>
      <ul className="flex flex-wrap gap-2" aria-label={t('conditions')}>
        {what ? (
          <li>
            <Badge tone="brand">{what}</Badge>
          </li>
        ) : null}
        <li>
          <Badge>{words.where(reward.discount)}</Badge>
        </li>
        {minBasket ? (
          <li>
            <Badge>{minBasket}</Badge>
          </li>
        ) : null}
        {reward.stock !== null && reward.stock > 0 ? (
          <li>
            <Badge tone="warning">{t('stockLeft', { count: reward.stock })}</Badge>
          </li>
        ) : null}
      </ul>
      <div className="mt-auto flex flex-col gap-2 border-t border-border pt-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="font-bold tabular-nums">
            <Points value={reward.pointsCost} />{' '}
            <span className="font-semibold text-ink-muted">
              {tCommon('points', { count: reward.pointsCost })}
            </span>
          </p>
          {action()}
        </div>
        {standing === 'later' ? (
          <ProgressBar
            value={balance}
            max={reward.pointsCost}
            label={t('progressLabel', { reward: name })}
            valueText={t('progressValue', { balance, cost: reward.pointsCost })}
          />
        ) : null}
        {standing === 'outOfStock' ? (
          <p className="text-sm text-ink-muted">{t('outOfStockHint')}</p>
        ) : null}
        {standing === 'tierLocked' && reward.minTier ? (
          <p className="text-sm text-ink-muted">
            {t('tierLockedHint', { tier: tierName(reward.minTier) })}
          </p>
        ) : null}
      </div>
    </article>
  );
};
