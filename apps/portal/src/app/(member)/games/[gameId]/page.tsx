import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GamePlayScreen } from '../../../../components/game-play-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('games'))('title'),
});

const GamePage = async ({ params }: { params: Promise<{ gameId: string }> }) => (
  <GamePlayScreen gameId={(await params).gameId} />
);

export default GamePage;
