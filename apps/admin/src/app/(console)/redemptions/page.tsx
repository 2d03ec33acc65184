import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { RedemptionList } from './redemption-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('redemptions');
  return { title: t('title') };
};

const RedemptionsPage = async () => {
  const t = await getTranslations('redemptions');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'redemptions:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Suspense>
        <RedemptionList />
      </Suspense>
    </>
  );
};

export default RedemptionsPage;
