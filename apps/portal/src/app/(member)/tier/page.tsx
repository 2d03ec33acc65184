import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TierScreen } from '../../../components/tier-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('myTier'))('title'),
});

const TierPage = () => <TierScreen />;

export default TierPage;
