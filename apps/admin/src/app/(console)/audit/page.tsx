import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { AuditLog } from './audit-log.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('audit');
  return { title: t('title') };
};

const AuditPage = async () => {
  const t = await getTranslations('audit');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'audit:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Suspense>
        <AuditLog />
      </Suspense>
    </>
  );
};

export default AuditPage;
