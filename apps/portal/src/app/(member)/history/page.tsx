import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { HistoryScreen } from '../../../components/history-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('history'))('title'),
});

const HistoryPage = () => <HistoryScreen />;

export default HistoryPage;
