import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PageHeader } from '@/components/page-header.tsx';
import { PurchaseList } from './purchase-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('purchaseList');
  return { title: t('title') };
};

const PurchasesPage = async () => {
  const t = await getTranslations('purchaseList');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Suspense>
        <PurchaseList />
      </Suspense>
    </>
  );
};

export default PurchasesPage;
