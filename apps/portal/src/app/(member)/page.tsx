import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { HomeDashboard } from '../../components/home-dashboard.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('nav'))('home'),
});

const HomePage = () => <HomeDashboard />;

export default HomePage;
