'use client';

import { Card, classNames, formatMultiplier } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useTierAmount } from './tier-amount.ts';
import { TierBadge } from './tier-badge.tsx';
import { ladderStep, type TierStatus, type TierView, tierBenefits } from './tier-view.ts';

/** "×1.25 points" (the multiplier is stored ×100), or plain words for the standard rate. */
export const useMultiplierWords = () => {
  const t = useTranslations('myTier');
  const locale = useLocale();
  return (earnMultiplier: number) =>
    earnMultiplier === 100
      ? t('multiplierStandard')
      : t('multiplier', { multiplier: formatMultiplier(earnMultiplier, locale) });
};

const Step = ({ tier, status }: { tier: TierView; status: TierStatus }) => {
  const t = useTranslations('myTier');
  const locale = useLocale();
  const words = useTierAmount(status.metric);
  const multiplier = useMultiplierWords();
  const step = ladderStep(tier, status.current);
  const benefits = tierBenefits(tier, locale);

  return (
    <li
      data-code={tier.code}
      data-step={step}
      aria-current={step === 'current' ? 'step' : undefined}
      className={classNames(
        'flex flex-col gap-2 rounded-control border-l-4 p-3 sm:p-4',
        step === 'current' ? 'bg-brand-50 ring-2 ring-brand-600' : 'bg-surface ring-1 ring-border',
      )}
      style={{ borderLeftColor: tier.colour }}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <TierBadge tier={tier} />
        {step === 'current' ? (
          <span className="rounded-pill bg-brand-600 px-2.5 py-0.5 text-sm font-semibold text-on-brand">
            {t('youAreHere')}
          </span>
        ) : step === 'above' ? (
          <span className="text-sm font-semibold text-brand-800">
            {t('toUnlock', words(Math.max(0, tier.threshold - status.figure)))}
          </span>
        ) : (
          <span className="text-sm font-semibold text-success-700">{t('reached')}</span>
        )}
      </div>
      <p className="text-sm text-ink-muted">
        {tier.threshold === 0
          ? t('entry')
          : t('threshold', { ...words(tier.threshold), months: status.windowMonths })}
      </p>
      <p className="text-sm font-semibold">{multiplier(tier.earnMultiplier)}</p>
      {benefits ? (
        <div className="flex flex-col gap-0.5">
          {step === 'above' ? (
            <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
              {t('unlocks')}
            </p>
          ) : null}
          <p className="text-sm break-words whitespace-pre-line">{benefits}</p>
        </div>
      ) : null}
    </li>
  );
};

/** Every tier, lowest first: what it takes, its multiplier and its benefits; hers highlighted. */
export const TierLadder = ({ status }: { status: TierStatus }) => {
  const t = useTranslations('myTier');
  return (
    <Card title={t('ladderTitle')} data-testid="tier-ladder">
      <ol className="flex flex-col gap-3">
        {status.ladder.map((tier) => (
          <Step key={tier.id} tier={tier} status={status} />
        ))}
      </ol>
    </Card>
  );
};
