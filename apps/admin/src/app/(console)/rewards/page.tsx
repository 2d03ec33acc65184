import { can } from '@fidele/auth/permissions';
import { buttonStyles } from '@fidele/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { RewardList } from './reward-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('rewards');
  return { title: t('title') };
};

const RewardsPage = async () => {
  const t = await getTranslations('rewards');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'rewards:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(staff.role, 'programme:manage') ? (
            <Link href="/rewards/new" className={buttonStyles()}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <Suspense>
        <RewardList />
      </Suspense>
    </>
  );
};

export default RewardsPage;
