import { buttonStyles, Card, classNames } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';

/**
 * The way to "Invite friends" from home and the games: the navigation has no room for it (seven
 * tabs on phones, a full header row in French on wide screens).
 */
export const ReferralsTeaser = ({ className }: { className?: string }) => {
  const t = useTranslations('referrals.teaser');
  return (
    <Card
      title={t('title')}
      data-testid="referrals-teaser"
      className={classNames('flex flex-col gap-3', className)}
    >
      <p className="text-ink-muted">{t('body')}</p>
      <Link
        href="/referrals"
        className={buttonStyles({ variant: 'secondary', fullWidth: true, size: 'sm' })}
      >
        {t('action')}
      </Link>
    </Card>
  );
};
