import { AppError } from '../errors.ts';
import { budgetLeft, type PointsBudget, type PointsSpent } from './budget.ts';
import { checkPrizeTable, prizePoints, type PrizeTable } from './prize-table.ts';

/**
 * Whether a game may start: its prize table (wheels and scratch cards; null for quizzes and
 * streaks) must be sound, and a game that gives points must have some budget left to give them.
 */
export const checkGameCanStart = (input: {
  table: PrizeTable | null;
  budget: PointsBudget;
  spent: PointsSpent;
}): void => {
  if (input.table) checkPrizeTable(input.table);
  const givesPoints = input.table ? input.table.some((prize) => prizePoints(prize) > 0) : true;
  const left = budgetLeft(input.budget, input.spent);
  if (givesPoints && (left.total === 0 || input.budget.perDay === 0))
    throw new AppError(
      'game_budget_spent',
      left.total === 0
        ? 'The total points budget is already spent.'
        : 'A daily points budget of 0 leaves nothing to give.',
    );
};
