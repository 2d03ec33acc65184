import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GamesScreen } from '../../../components/games-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('games'))('title'),
});

const GamesPage = () => <GamesScreen />;

export default GamesPage;
