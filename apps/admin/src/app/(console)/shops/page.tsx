import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { env } from '@/env.ts';
import { PageHeader } from '@/components/page-header.tsx';
import { ShopsManager } from './shops-manager.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('shops');
  return { title: t('title') };
};

const ShopsPage = async () => {
  const t = await getTranslations('shops');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'shops:manage') || !can(staff.role, 'api-keys:manage'))
    return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Suspense>
        <ShopsManager apiUrl={env().API_URL} />
      </Suspense>
    </>
  );
};

export default ShopsPage;
