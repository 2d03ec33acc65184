import {
  budgetForecast,
  type BudgetForecast,
  type BudgetLeft,
  payablePoints,
  type PointsBudget,
} from './budget.ts';
import { FULL_ODDS, type Prize, prizePoints, type PrizeTable } from './prize-table.ts';

/** What a play is drawn against, besides the table: stored with the play so it can be replayed. */
export type DrawState = {
  /** Stock left per prize id; a prize with a stock that is not listed has all of it left. */
  stockLeft: Readonly<Record<string, number>>;
  budgetLeft: BudgetLeft;
};

export type Exclusion = 'out_of_stock' | 'over_budget';

export type PrizeOdds = { prize: Prize; weight: number; excluded: Exclusion | null };

export type LiveOdds = {
  /** The table's rows in its order, each with the weight it is drawn with now. */
  prizes: PrizeOdds[];
  /** Weight of the excluded prizes: a play landing on one of them is "try again". */
  movedToTryAgain: number;
};

export const stockLeftOf = (prize: Prize, state: DrawState): number =>
  prize.stock === null ? Infinity : (state.stockLeft[prize.id] ?? prize.stock);

/** Why a prize cannot be given now, if it cannot. */
export const exclusionOf = (prize: Prize, state: DrawState): Exclusion | null => {
  if (stockLeftOf(prize, state) <= 0) return 'out_of_stock';
  if (prizePoints(prize) > payablePoints(state.budgetLeft)) return 'over_budget';
  return null;
};

/**
 * The odds a play is drawn with: prizes out of stock, and point prizes the day's or the total
 * budget can no longer pay, weigh nothing, their weight going to "try again".
 */
export const liveOdds = (table: PrizeTable, state: DrawState): LiveOdds => {
  const prizes = table.map((prize) => {
    const excluded = exclusionOf(prize, state);
    return { prize, weight: excluded ? 0 : prize.weight, excluded };
  });
  const moved = table.reduce((sum, prize, index) => sum + prize.weight - prizes[index]!.weight, 0);
  return { prizes, movedToTryAgain: moved };
};

export type OddsPreview = {
  prizes: { prizeId: string; probability: number; excluded: Exclusion | null }[];
  /** Chance of "try again": the table's own rows plus the weight of excluded prizes. */
  tryAgain: { probability: number; movedFromExcluded: number };
  expectedPointsPerPlay: number;
  budget: BudgetForecast;
};

/** What the editor shows: each prize's chance now, expected points per play, the budget's life. */
export const oddsPreview = (input: {
  table: PrizeTable;
  state: DrawState;
  budget: PointsBudget;
  playsPerDay: number;
}): OddsPreview => {
  const odds = liveOdds(input.table, input.state);
  const probability = (weight: number) => weight / FULL_ODDS;
  const tryAgainWeight =
    odds.movedToTryAgain +
    odds.prizes.reduce((sum, row) => sum + (row.prize.kind === 'TRY_AGAIN' ? row.weight : 0), 0);
  const expectedPointsPerPlay = odds.prizes.reduce(
    (sum, row) => sum + probability(row.weight) * prizePoints(row.prize),
    0,
  );
  return {
    prizes: odds.prizes.map((row) => ({
      prizeId: row.prize.id,
      probability: probability(row.weight),
      excluded: row.excluded,
    })),
    tryAgain: {
      probability: probability(tryAgainWeight),
      movedFromExcluded: probability(odds.movedToTryAgain),
    },
    expectedPointsPerPlay,
    budget: budgetForecast({
      budget: input.budget,
      left: input.state.budgetLeft,
      expectedPointsPerPlay,
      playsPerDay: input.playsPerDay,
    }),
  };
};
