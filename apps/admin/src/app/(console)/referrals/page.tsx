import { can } from '@fidele/auth/permissions';
import { buttonStyles } from '@fidele/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { ReferralList } from './referral-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('referrals');
  return { title: t('title') };
};

/** The friends members brought, and the review queue of those the fraud checks held. */
const ReferralsPage = async () => {
  const t = await getTranslations('referrals');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/earning" className={buttonStyles({ variant: 'secondary' })}>
            {t('rules')}
          </Link>
        }
      />
      {/* The list reads its status, search and page from the URL. */}
      <Suspense>
        <ReferralList />
      </Suspense>
    </>
  );
};

export default ReferralsPage;
