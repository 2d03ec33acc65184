import { buttonStyles } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { MemberCard } from './member-card.tsx';
import { SunPictogram } from './pictograms.tsx';
import { ScreenAwake } from './screen-awake.tsx';
import { type NamedTier, useTierName } from './tier-name.ts';

/**
 * The card alone, as large as the page allows, for the scanner at the till; the screen stays on
 * while it is shown, and one tap turns it into the cashier's full-screen view.
 */
export const MemberCardScreen = ({
  memberCode,
  name,
  tier,
}: {
  memberCode: string;
  name: string;
  tier: NamedTier;
}) => {
  const t = useTranslations('card');
  const tierName = useTierName();
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <ScreenAwake />
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <MemberCard size="full" memberCode={memberCode} name={name} tierName={tierName(tier)} />
      <Link href="/card/full" className={buttonStyles({ fullWidth: true })}>
        {t('fullScreen')}
      </Link>
      <p className="flex items-start gap-2 text-sm text-ink-muted">
        <SunPictogram />
        {t('brightness')}
      </p>
    </div>
  );
};
