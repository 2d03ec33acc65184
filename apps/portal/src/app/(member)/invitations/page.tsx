import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InvitationsScreen } from '../../../components/invitations-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('invitations'))('title'),
});

const InvitationsPage = () => <InvitationsScreen />;

export default InvitationsPage;
