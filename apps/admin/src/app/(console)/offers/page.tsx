import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeListPage } from '@/components/programme-list-page.tsx';
import { OfferList } from './offer-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('offers');
  return { title: t('title') };
};

const OffersPage = () => (
  <ProgrammeListPage namespace="offers" readPermission="rewards:read" newHref="/offers/new">
    <OfferList />
  </ProgrammeListPage>
);

export default OffersPage;
