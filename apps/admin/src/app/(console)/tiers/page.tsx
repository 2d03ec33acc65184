import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { TierLadder } from './tier-ladder.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('tiers');
  return { title: t('title') };
};

const TiersPage = async () => {
  const t = await getTranslations('tiers');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'customers:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <TierLadder />
    </>
  );
};

export default TiersPage;
