/** A game's points budgets; null is no limit. */
export type PointsBudget = { perDay: number | null; total: number | null };

/** Points the game's plays gave: on the current programme day, and since the game started. */
export type PointsSpent = { today: number; total: number };

/** What the game can still give; null is no limit. */
export type BudgetLeft = { today: number | null; total: number | null };

export const budgetLeft = (budget: PointsBudget, spent: PointsSpent): BudgetLeft => ({
  today: budget.perDay === null ? null : Math.max(0, budget.perDay - spent.today),
  total: budget.total === null ? null : Math.max(0, budget.total - spent.total),
});

/** The most points one play can still be paid: a prize above it cannot be won. */
export const payablePoints = (left: BudgetLeft): number =>
  Math.min(left.today ?? Infinity, left.total ?? Infinity);

export type BudgetForecast = {
  /** Points expected per day: the plays' expectation, held to the daily budget. */
  pointsPerDay: number;
  /** Plays after which the daily budget is expected to be spent; null when it never is. */
  dailyBudgetPlays: number | null;
  /** Days until the total budget is expected to be spent; null when it never is. */
  days: number | null;
};

/**
 * How long the budget lasts if customers play `playsPerDay` times a day, each play giving
 * `expectedPointsPerPlay` on average (the current odds: the forecast does not model point prizes
 * dropping out as the budget runs low, so it is the shortest the budget lasts).
 */
export const budgetForecast = (input: {
  budget: PointsBudget;
  left: BudgetLeft;
  expectedPointsPerPlay: number;
  playsPerDay: number;
}): BudgetForecast => {
  const { budget, expectedPointsPerPlay } = input;
  const pointsPerDay = Math.min(
    expectedPointsPerPlay * input.playsPerDay,
    budget.perDay ?? Infinity,
  );
  return {
    pointsPerDay,
    dailyBudgetPlays:
      budget.perDay === null || expectedPointsPerPlay === 0
        ? null
        : budget.perDay / expectedPointsPerPlay,
    days: input.left.total === null || pointsPerDay === 0 ? null : input.left.total / pointsPerDay,
  };
};
