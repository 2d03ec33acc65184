import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GameRulesScreen } from '../../../../../components/game-rules-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('games.rulesPage'))('rules'),
});

const GameRulesPage = async ({ params }: { params: Promise<{ gameId: string }> }) => (
  <GameRulesScreen gameId={(await params).gameId} />
);

export default GameRulesPage;
