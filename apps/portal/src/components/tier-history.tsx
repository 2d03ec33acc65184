'use client';

import { Card, DateTime } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useTierAmount } from './tier-amount.ts';
import { TierBadge } from './tier-badge.tsx';
import { useTierName } from './tier-name.ts';
import type { TierChange, TierStatus } from './tier-view.ts';

const Change = ({ change, status }: { change: TierChange; status: TierStatus }) => {
  const t = useTranslations('myTier');
  const tierName = useTierName();
  const words = useTierAmount(status.metric);
  // History lines name the tiers by code and English name: the ladder has their colour and French.
  const whole = (tier: { code: string; name: string }) =>
    status.ladder.find((step) => step.code === tier.code) ?? tier;
  const to = whole(change.to);
  const from = change.from ? whole(change.from) : null;

  const reason = () => {
    switch (change.reason) {
      case 'QUALIFIED':
        return t('reason.QUALIFIED', { ...words(change.qualifyingFigure) });
      case 'REVIEW':
        return t('reason.REVIEW', { ...words(change.qualifyingFigure) });
      case 'PINNED':
        return t('reason.PINNED');
    }
  };

  return (
    <li
      className="flex flex-col gap-1.5 py-3"
      data-testid="tier-change"
      data-reason={change.reason}
    >
      <p className="flex flex-wrap items-center gap-2">
        <span className="sr-only">
          {from
            ? t('change', { from: tierName(from), to: tierName(to) })
            : t('joined', { to: tierName(to) })}
        </span>
        {from ? (
          <>
            <TierBadge tier={from} aria-hidden="true" />
            <span aria-hidden="true" className="font-semibold text-ink-muted">
              →
            </span>
          </>
        ) : null}
        <TierBadge tier={to} aria-hidden="true" />
      </p>
      <p className="text-sm text-ink-muted">
        <DateTime value={change.createdAt} format="date" />
        {' · '}
        {reason()}
      </p>
    </li>
  );
};

/** Her tier changes, newest first: when, from which tier to which, and why in plain words. */
export const TierHistory = ({ status }: { status: TierStatus }) => {
  const t = useTranslations('myTier');
  return (
    <Card title={t('historyTitle')} data-testid="tier-history">
      {status.history.length === 0 ? (
        <p className="text-ink-muted">{t('historyEmpty')}</p>
      ) : (
        <ol className="-my-3 divide-y divide-border">
          {status.history.map((change) => (
            <Change key={change.id} change={change} status={status} />
          ))}
        </ol>
      )}
    </Card>
  );
};
