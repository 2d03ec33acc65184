import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PageHeader } from '@/components/page-header.tsx';
import { CustomerList } from './customer-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('customers');
  return { title: t('title') };
};

const CustomersPage = async () => {
  const t = await getTranslations('customers');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Suspense>
        <CustomerList />
      </Suspense>
    </>
  );
};

export default CustomersPage;
