import { describe, expect, it } from 'vitest';
import { wheel } from './game-fixtures.ts';
import { checkGameCanStart } from './launch.ts';
import { checkPrizeTable, type Prize, type PrizeTable } from './prize-table.ts';

const refusal = (code: string) => expect.objectContaining({ code });
const rewardsOnly: PrizeTable = [
  { id: 'coffee', kind: 'REWARD', rewardId: 'reward-coffee', weight: 2_000, stock: 10 },
  { id: 'again', kind: 'TRY_AGAIN', weight: 8_000, stock: null },
];

describe('prize tables', () => {
  it('accepts a sound table', () => {
    expect(() => checkPrizeTable(wheel)).not.toThrow();
  });

  it.each([
    ['weights adding up to 99.99 %', 'add up to 99.99 %', [{ ...wheel[0]!, weight: 799 }]],
    ['negative points', 'points', [{ ...wheel[0]!, points: -100 }]],
    ['fractional points', 'points', [{ ...wheel[0]!, points: 1.5 }]],
    [
      'a negative weight',
      'weight',
      [
        { ...wheel[0]!, weight: -1 },
        { ...wheel[1]!, weight: 2_001 },
      ],
    ],
    ['a negative stock', 'stock', [{ ...wheel[0]!, stock: -1 }]],
    ['two rows with one id', 'own id', [{ ...wheel[1]!, weight: 800 }]],
    ['a paced prize with a weight', 'winning moments', [{ ...wheel[0]!, paced: true, stock: 5 }]],
    [
      'a paced prize without stock',
      'winning moments',
      [
        { ...wheel[0]!, weight: 2_000 },
        { ...rewardsOnly[0]!, id: 'bike', weight: 0, stock: null, paced: true },
      ],
    ],
  ] as [string, string, Prize[]][])('refuses %s', (_, reason, changed) => {
    // The changed rows replace the wheel's first ones.
    const table = [...changed, ...wheel.slice(changed.length)];
    expect(() => checkPrizeTable(table)).toThrow(refusal('invalid_prize_table'));
    expect(() => checkPrizeTable(table)).toThrow(reason);
  });
});

describe('starting a game', () => {
  const spent = { today: 0, total: 0 };

  it('refuses odds that do not add up to 100 %', () => {
    const table = wheel.slice(1);
    expect(() =>
      checkGameCanStart({ table, budget: { perDay: null, total: null }, spent }),
    ).toThrow(refusal('invalid_prize_table'));
  });

  it('refuses a game giving points whose budget is already spent', () => {
    const budget = { perDay: 1_000, total: 5_000 };
    expect(() => checkGameCanStart({ table: wheel, budget, spent })).not.toThrow();
    const allSpent = { today: 0, total: 5_000 };
    expect(() => checkGameCanStart({ table: wheel, budget, spent: allSpent })).toThrow(
      refusal('game_budget_spent'),
    );
    // A quiz or a streak always gives points.
    expect(() => checkGameCanStart({ table: null, budget, spent: allSpent })).toThrow(
      refusal('game_budget_spent'),
    );
    expect(() =>
      checkGameCanStart({ table: null, budget: { perDay: 0, total: null }, spent }),
    ).toThrow(refusal('game_budget_spent'));
  });

  it('lets a game of rewards only start whatever its points budget', () => {
    const budget = { perDay: null, total: 100 };
    expect(() =>
      checkGameCanStart({ table: rewardsOnly, budget, spent: { today: 0, total: 100 } }),
    ).not.toThrow();
  });
});
