import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotificationsScreen } from '../../../components/notifications-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('notifications'))('title'),
});

const NotificationsPage = () => <NotificationsScreen />;

export default NotificationsPage;
