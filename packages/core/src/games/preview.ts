// What the admin's editor computes in the browser: pure, and free of node:crypto (which the draw
// and the seeds need), so the odds it shows are the ones the server draws with.
export { budgetForecast } from './budget.ts';
export type { BudgetForecast, PointsBudget } from './budget.ts';
export { oddsPreview } from './odds.ts';
export type { OddsPreview } from './odds.ts';
export { FULL_ODDS } from './prize-table.ts';
export { prizeTableOf } from './stored-prize.ts';
export type { StoredPrize } from './stored-prize.ts';
