import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '../../../components/change-password-form.tsx';
import { ProfileScreen } from '../../../components/profile-screen.tsx';
import { YourDataCard } from '../../../components/your-data-card.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('profile'))('title'),
});

const ProfilePage = () => (
  <div className="flex max-w-xl flex-col gap-4">
    <ProfileScreen />
    <ChangePasswordForm />
    <YourDataCard />
  </div>
);

export default ProfilePage;
