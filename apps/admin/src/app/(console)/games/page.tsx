import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeListPage } from '@/components/programme-list-page.tsx';
import { GameList } from './game-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('games');
  return { title: t('title') };
};

const GamesPage = () => (
  <ProgrammeListPage namespace="games" readPermission="programme:manage" newHref="/games/new">
    <GameList />
  </ProgrammeListPage>
);

export default GamesPage;
