import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeListPage } from '@/components/programme-list-page.tsx';
import { PrivateSaleList } from './private-sale-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('privateSales');
  return { title: t('title') };
};

const PrivateSalesPage = () => (
  <ProgrammeListPage
    namespace="privateSales"
    readPermission="rewards:read"
    newHref="/private-sales/new"
  >
    <PrivateSaleList />
  </ProgrammeListPage>
);

export default PrivateSalesPage;
