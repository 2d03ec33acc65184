import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CodesScreen } from '../../../components/codes-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('codes'))('title'),
});

const CodesPage = () => <CodesScreen />;

export default CodesPage;
