import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { CardTokenPanel } from './card-token-panel.tsx';
import { ScreenAwake } from './screen-awake.tsx';
import { type NamedTier, useTierName } from './tier-name.ts';

export type CashierCardProps = { memberCode: string; name: string; tier: NamedTier };

/**
 * The card turned to the cashier: the whole screen, black on white (what scanners and tired eyes
 * read best, whatever the brightness), the QR as large as the screen allows, the member code big
 * enough to type from across the counter, her name to check, and one way back. The screen stays
 * on while it is shown.
 */
export const CashierCard = ({ memberCode, name, tier }: CashierCardProps) => {
  const t = useTranslations('card');
  const tierName = useTierName();
  return (
    <div
      data-testid="cashier-card"
      className="flex min-h-dvh flex-col items-center gap-4 bg-white px-4 pt-3 pb-[max(1rem,env(safe-area-inset-bottom))] text-black"
    >
      <ScreenAwake />
      <div className="flex w-full max-w-xl items-center justify-between gap-3">
        <h1 className="truncate text-lg font-bold">
          {name} · {tierName(tier)}
        </h1>
        <Link
          href="/card"
          className="inline-flex min-h-11 shrink-0 items-center rounded-control border-2 border-black px-4 font-semibold"
        >
          {t('close')}
        </Link>
      </div>
      <main className="flex w-full max-w-xl flex-1 flex-col items-center justify-center gap-4">
        <CardTokenPanel size="cashier" />
        <div className="text-center">
          <p className="text-base font-semibold">{t('memberCode')}</p>
          <p
            data-testid="member-code"
            className="font-mono text-4xl font-extrabold tracking-[0.15em] tabular-nums sm:text-5xl"
          >
            {memberCode}
          </p>
        </div>
        <p className="text-center text-sm">{t('fullScreenHint')}</p>
      </main>
    </div>
  );
};
