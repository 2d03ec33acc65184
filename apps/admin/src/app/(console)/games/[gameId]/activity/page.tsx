import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { gamePage } from '../../game-page.tsx';
import { GameActivity } from './game-activity.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('gameActivity');
  return { title: t('title') };
};

export default gamePage((gameId) => <GameActivity gameId={gameId} />);
