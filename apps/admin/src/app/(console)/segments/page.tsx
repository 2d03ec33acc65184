import { can } from '@fidele/auth/permissions';
import { buttonStyles } from '@fidele/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { SegmentList } from './segment-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('segments');
  return { title: t('title') };
};

const SegmentsPage = async () => {
  const t = await getTranslations('segments');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'customers:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(staff.role, 'programme:manage') ? (
            <Link href="/segments/new" className={buttonStyles()}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <Suspense>
        <SegmentList />
      </Suspense>
    </>
  );
};

export default SegmentsPage;
