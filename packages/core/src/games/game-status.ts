import type { Prisma } from '@fidele/db';

/** Where a game stands: before its start, between its dates, after its end, or archived. */
export type GameStatus = 'scheduled' | 'running' | 'ended' | 'archived';

export const gameStatus = (
  game: { startsAt: Date; endsAt: Date; archivedAt: Date | null },
  now: Date,
): GameStatus => {
  if (game.archivedAt) return 'archived';
  if (now < game.startsAt) return 'scheduled';
  return now < game.endsAt ? 'running' : 'ended';
};

export const gameStatusWhere = (status: GameStatus, now: Date): Prisma.GameWhereInput => {
  switch (status) {
    case 'archived':
      return { archivedAt: { not: null } };
    case 'scheduled':
      return { archivedAt: null, startsAt: { gt: now } };
    case 'running':
      return { archivedAt: null, startsAt: { lte: now }, endsAt: { gt: now } };
    case 'ended':
      return { archivedAt: null, endsAt: { lte: now } };
  }
};
