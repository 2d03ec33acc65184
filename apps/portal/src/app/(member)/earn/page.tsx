import { buttonStyles, EmptyState } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { signedIn } from '../../../auth.ts';
import { WaysToEarnList } from '../../../components/ways-to-earn.tsx';
import { serverCaller } from '../../../server-caller.ts';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('earn'))('title'),
});

/** Every way to earn points, rendered on the server from the programme's rules in force. */
const EarnPage = async () => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const t = await getTranslations('earn');
  const ways = await (await serverCaller(customer)).waysToEarn();
  const none =
    ways.purchases.length +
      ways.promotions.length +
      ways.productBonuses.length +
      ways.bonuses.length +
      ways.games.length +
      ways.contests.length ===
      0 && !ways.referral;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      {none ? (
        <EmptyState
          title={t('emptyTitle')}
          description={t('emptyBody')}
          action={
            <Link href="/" className={buttonStyles({ variant: 'secondary', size: 'sm' })}>
              {t('home')}
            </Link>
          }
        />
      ) : (
        <WaysToEarnList ways={ways} />
      )}
    </div>
  );
};

export default EarnPage;
