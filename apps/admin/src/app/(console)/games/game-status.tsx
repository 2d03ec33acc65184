import { Badge, type BadgeTone } from '@fidele/ui';
import type { GameStatus } from '@fidele/validators';
import { useTranslations } from 'next-intl';

const tone: Record<GameStatus, BadgeTone> = {
  scheduled: 'info',
  running: 'success',
  ended: 'neutral',
  archived: 'neutral',
};

/** Where a game stands: before its start, on, over, or archived. */
export const GameStatusBadge = ({ status }: { status: GameStatus }) => {
  const t = useTranslations('games.status');
  return (
    <Badge tone={tone[status]} className="whitespace-nowrap" data-testid="game-status">
      {t(status)}
    </Badge>
  );
};
