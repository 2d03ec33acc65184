import { can } from '@fidele/auth/permissions';
import { defaultRange } from '@fidele/core/dashboard';
import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { DashboardView } from './dashboard-view.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
};

/** What each channel brings: the programme's figures over a range of days, compared with the days before. */
const DashboardPage = async () => {
  const t = await getTranslations('dashboard');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'dashboard:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          can(staff.role, 'dashboard:all-shops') ? t('description') : t('descriptionShops')
        }
      />
      {/* The view reads its range and shop from the URL. */}
      <Suspense>
        <DashboardView
          fallback={defaultRange(new Date(), PROGRAMME_TIME_ZONE)}
          timeZone={PROGRAMME_TIME_ZONE}
        />
      </Suspense>
    </>
  );
};

export default DashboardPage;
