import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RewardsScreen } from '../../../components/rewards-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('rewards'))('title'),
});

const RewardsPage = () => <RewardsScreen />;

export default RewardsPage;
