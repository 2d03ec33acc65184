import { AppError } from '../errors.ts';

/** Odds are integer weights in basis points: a table's weights add up to exactly 100 %. */
export const FULL_ODDS = 10_000;

/**
 * One row of a prize table: points, a catalog reward (winning it issues the reward's code) or "try
 * again". `stock` is how many the game gives in all (null: no limit); a `paced` prize is not drawn
 * by weight (its weight is 0) but won by the first play after each of its winning moments, so a
 * scarce prize is spread over the period.
 */
export type Prize = { id: string; weight: number; stock: number | null; paced?: boolean } & (
  { kind: 'POINTS'; points: number } | { kind: 'REWARD'; rewardId: string } | { kind: 'TRY_AGAIN' }
);

/** The rows in their stored order: the order is part of the draw, fixed for a period. */
export type PrizeTable = readonly Prize[];

/** Points a prize pays (a reward or "try again" pays none). */
export const prizePoints = (prize: Prize): number => (prize.kind === 'POINTS' ? prize.points : 0);

/**
 * Checks a table the draw can use: whole, non-negative weights adding up to 100 %, whole,
 * non-negative points and stock, distinct ids, paced prizes with a stock and no weight.
 */
export const checkPrizeTable = (table: PrizeTable): void => {
  const fail = (message: string) => {
    throw new AppError('invalid_prize_table', message);
  };
  const isCount = (value: number) => Number.isInteger(value) && value >= 0;
  if (new Set(table.map((prize) => prize.id)).size !== table.length)
    fail('Each prize needs its own id.');
  for (const prize of table) {
    if (!isCount(prize.weight)) fail(`${prize.id}: the weight must be whole basis points, ≥ 0.`);
    if (!isCount(prizePoints(prize))) fail(`${prize.id}: the points must be a whole number ≥ 0.`);
    if (prize.stock !== null && !isCount(prize.stock))
      fail(`${prize.id}: the stock must be a whole number ≥ 0.`);
    if (prize.paced && (prize.stock === null || prize.weight !== 0))
      fail(`${prize.id}: a prize won at winning moments has a stock and no weight.`);
  }
  const total = table.reduce((sum, prize) => sum + prize.weight, 0);
  if (total !== FULL_ODDS) fail(`The weights add up to ${total / 100} %, not 100 %.`);
};
