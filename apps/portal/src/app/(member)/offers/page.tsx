import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OffersScreen } from '../../../components/offers-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('offers'))('title'),
});

const OffersPage = () => <OffersScreen />;

export default OffersPage;
