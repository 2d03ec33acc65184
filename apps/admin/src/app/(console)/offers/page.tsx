import { can } from '@fidele/auth/permissions';
import { buttonStyles } from '@fidele/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { OfferList } from './offer-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('offers');
  return { title: t('title') };
};

const OffersPage = async () => {
  const t = await getTranslations('offers');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'rewards:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(staff.role, 'programme:manage') ? (
            <Link href="/offers/new" className={buttonStyles()}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <Suspense>
        <OfferList />
      </Suspense>
    </>
  );
};

export default OffersPage;
