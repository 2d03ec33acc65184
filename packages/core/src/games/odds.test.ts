import { describe, expect, it } from 'vitest';
import { budgetLeft } from './budget.ts';
import { plenty, wheel } from './game-fixtures.ts';
import { liveOdds, oddsPreview } from './odds.ts';

describe('odds preview', () => {
  const noBudget = { perDay: null, total: null };

  it('gives each prize its chance and the expected points per play', () => {
    const preview = oddsPreview({ table: wheel, state: plenty, budget: noBudget, playsPerDay: 1 });
    expect(preview.prizes.map((row) => [row.prizeId, row.probability, row.excluded])).toEqual([
      ['jackpot', 0.08, null],
      ['twenty', 0.12, null],
      ['coffee', 0.25, null],
      ['five', 0.25, null],
      ['again', 0.3, null],
    ]);
    expect(preview.tryAgain).toEqual({ probability: 0.3, movedFromExcluded: 0 });
    // 8 % × 100 + 12 % × 20 + 25 % × 5
    expect(preview.expectedPointsPerPlay).toBeCloseTo(11.65, 10);
    expect(preview.budget).toEqual({ pointsPerDay: 11.65, dailyBudgetPlays: null, days: null });
  });

  it('says which prizes are excluded and that their chance went to "try again"', () => {
    const state = { stockLeft: { coffee: 0 }, budgetLeft: { today: 50, total: 10_000 } };
    const preview = oddsPreview({ table: wheel, state, budget: noBudget, playsPerDay: 1 });
    expect(preview.prizes.filter((row) => row.excluded)).toEqual([
      { prizeId: 'jackpot', probability: 0, excluded: 'over_budget' },
      { prizeId: 'coffee', probability: 0, excluded: 'out_of_stock' },
    ]);
    expect(preview.tryAgain.probability).toBeCloseTo(0.63, 10);
    expect(preview.tryAgain.movedFromExcluded).toBeCloseTo(0.33, 10);
    expect(preview.expectedPointsPerPlay).toBeCloseTo(3.65, 10);
    expect(liveOdds(wheel, state).movedToTryAgain).toBe(3_300);
  });

  it('says how long the budget lasts at the expected plays per day', () => {
    const budget = { perDay: 5_000, total: 100_000 };
    const state = { stockLeft: {}, budgetLeft: budgetLeft(budget, { today: 0, total: 30_100 }) };
    // 1,000 plays a day × 11.65 points = 11,650 a day, held to the daily 5,000: the 69,900
    // points left last 13.98 days, and each day's budget is spent after about 429 plays.
    const preview = oddsPreview({ table: wheel, state, budget, playsPerDay: 1_000 });
    expect(preview.budget.pointsPerDay).toBe(5_000);
    expect(preview.budget.days).toBeCloseTo(13.98, 10);
    expect(preview.budget.dailyBudgetPlays).toBeCloseTo(429.18, 2);
    // At 100 plays a day the daily budget is never reached: 1,165 points a day.
    const slow = oddsPreview({ table: wheel, state, budget, playsPerDay: 100 });
    expect(slow.budget.days).toBeCloseTo(69_900 / 1_165, 10);
  });
});
