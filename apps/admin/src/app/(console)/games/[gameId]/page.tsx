import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { gamePage } from '../game-page.tsx';
import { GameEditor } from './game-editor.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('games');
  return { title: t('title') };
};

export default gamePage((gameId) => <GameEditor gameId={gameId} />);
