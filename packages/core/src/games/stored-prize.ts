import type { Prize, PrizeTable } from './prize-table.ts';

/** A prize table's row as a `GamePrizeTable` version stores it, labels included. */
export type StoredPrize = {
  id: string;
  kind: 'POINTS' | 'REWARD' | 'TRY_AGAIN';
  labelEn: string;
  labelFr: string;
  points: number | null;
  rewardId: string | null;
  weight: number;
  stock: number | null;
  paced: boolean;
};

/** The row as the draw sees it. */
export const prizeOf = (stored: StoredPrize): Prize => {
  const common = { id: stored.id, weight: stored.weight, stock: stored.stock, paced: stored.paced };
  switch (stored.kind) {
    case 'POINTS':
      return { ...common, kind: 'POINTS', points: stored.points ?? 0 };
    case 'REWARD':
      return { ...common, kind: 'REWARD', rewardId: stored.rewardId! };
    case 'TRY_AGAIN':
      return { ...common, kind: 'TRY_AGAIN' };
  }
};

export const prizeTableOf = (stored: readonly StoredPrize[]): PrizeTable => stored.map(prizeOf);
