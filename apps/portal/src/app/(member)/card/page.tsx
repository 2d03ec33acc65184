import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MemberCardScreen } from '../../../components/member-card-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('card'))('title'),
});

const CardPage = () => <MemberCardScreen />;

export default CardPage;
