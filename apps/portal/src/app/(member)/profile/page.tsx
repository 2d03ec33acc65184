import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProfileScreen } from '../../../components/profile-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('profile'))('title'),
});

const ProfilePage = () => <ProfileScreen />;

export default ProfilePage;
