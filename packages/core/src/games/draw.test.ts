import { describe, expect, it } from 'vitest';
import { drawPlay, replayPlay, seedUniform } from './draw.ts';
import { basisPointOf } from './fair-draw.ts';
import { CUSTOMER_ID, plenty, SEED, SEED_HASH, wheel } from './game-fixtures.ts';
import type { DrawState } from './odds.ts';
import type { PrizeTable } from './prize-table.ts';

const play = (playNumber: number, state: DrawState = plenty, table: PrizeTable = wheel) =>
  drawPlay({ seed: SEED, customerId: CUSTOMER_ID, playNumber, table, state });

describe('the draw', () => {
  // Uniforms are the first 13 hex digits of the openssl digest over 2^52.
  it.each([
    [1, 0.8535499098228532, 8_535, 4, null],
    [2, 0.171357055941336, 1_713, 1, 'twenty'],
    [5, 0.4347162904503563, 4_347, 2, 'coffee'],
    [6, 0.07052681128847671, 705, 0, 'jackpot'],
    [7, 0.6956751160358561, 6_956, 3, 'five'],
  ])('gives play %i its known uniform and prize', (playNumber, uniform, point, row, prizeId) => {
    const outcome = play(playNumber);
    expect(outcome).toMatchObject({ uniform, point, row, via: 'draw' });
    expect(outcome.prize?.id ?? null).toBe(prizeId);
  });

  it('depends on the seed, the customer and the play number', () => {
    const first = seedUniform(SEED, `${CUSTOMER_ID}:1`);
    expect(seedUniform(SEED.replace(/^00/, '01'), `${CUSTOMER_ID}:1`)).not.toBe(first);
    expect(seedUniform(SEED, `${CUSTOMER_ID.replace('3f', '3e')}:1`)).not.toBe(first);
    expect(seedUniform(SEED, `${CUSTOMER_ID}:2`)).not.toBe(first);
  });

  it('maps uniforms onto basis points exactly, up to the last one', () => {
    expect(basisPointOf(0)).toBe(0);
    // ⌊2^52 / 10^4⌋ = 450,359,962,737: the last k of point 0, the next one starts point 1.
    expect(basisPointOf(450_359_962_737 / 2 ** 52)).toBe(0);
    expect(basisPointOf(450_359_962_738 / 2 ** 52)).toBe(1);
    expect(basisPointOf(1 / 2 ** 52)).toBe(0);
    expect(basisPointOf(1 - 1 / 2 ** 52)).toBe(9_999);
    expect(basisPointOf(0.5)).toBe(5_000);
  });

  it('refuses a table whose weights do not add up to 100 %, and a play number 0', () => {
    const short = wheel.map((prize) =>
      prize.id === 'again' ? { ...prize, weight: 2_999 } : prize,
    );
    expect(() => play(1, plenty, short)).toThrow(
      expect.objectContaining({ code: 'invalid_prize_table' }),
    );
    expect(() => play(0)).toThrow('A play number counts from 1.');
  });

  it('matches the weights within a chi-squared test at 1 % over 10,000 draws', () => {
    const draws = 10_000;
    const counts = new Map(wheel.map((prize) => [prize.id, 0]));
    for (let playNumber = 1; playNumber <= draws; playNumber++) {
      const id = wheel[play(playNumber).row!]!.id;
      counts.set(id, counts.get(id)! + 1);
    }
    const chiSquared = (weights: number[]) =>
      wheel.reduce((sum, prize, index) => {
        const expected = (draws * weights[index]!) / 10_000;
        return sum + (counts.get(prize.id)! - expected) ** 2 / expected;
      }, 0);
    // 4 degrees of freedom (5 rows), upper 1 % point of the chi-squared distribution.
    const critical = 13.277;
    expect(chiSquared(wheel.map((prize) => prize.weight))).toBeLessThan(critical);
    // The same counts are refused against odds only 2 points away: the test can tell.
    expect(chiSquared([800, 1_200, 2_300, 2_700, 3_000])).toBeGreaterThan(critical);
  });
});

describe('stock and budget', () => {
  it('gives an out-of-stock prize\'s weight to "try again"', () => {
    // Play 5 lands on 4,347, inside the coffee's row while it has stock.
    const outcome = play(5, { ...plenty, stockLeft: { coffee: 0 } });
    expect(outcome).toMatchObject({ prize: null, row: null, point: 4_347 });
    // The rows after it do not shift down: play 7 still lands on the same prize.
    expect(play(7, { ...plenty, stockLeft: { coffee: 0 } }).prize?.id).toBe('five');
  });

  it('drops the point prizes the budget left cannot pay', () => {
    // Play 6 lands on the 100-point jackpot; with 99 points left today it cannot be won…
    const tight = { ...plenty, budgetLeft: { today: 99, total: null } };
    expect(play(6, tight)).toMatchObject({ prize: null, row: null });
    // …nor with 99 left in total, while smaller prizes and rewards still can.
    const spent = { ...plenty, budgetLeft: { today: null, total: 99 } };
    expect(play(6, spent).prize).toBeNull();
    expect(play(2, spent).prize?.id).toBe('twenty');
    // Once nothing is left, only the reward can be won.
    const none = { ...plenty, budgetLeft: { today: 0, total: 500 } };
    expect(play(5, none).prize?.id).toBe('coffee');
    expect(play(7, none).prize).toBeNull();
  });

  it('gives a paced prize at its moment, and draws as usual once it is out of stock', () => {
    const paced: PrizeTable = [
      ...wheel.slice(0, 4),
      { id: 'again', kind: 'TRY_AGAIN', weight: 3_000, stock: null },
      { id: 'bike', kind: 'REWARD', rewardId: 'reward-bike', weight: 0, stock: 3, paced: true },
    ];
    const at = (state: DrawState) =>
      drawPlay({
        seed: SEED,
        customerId: CUSTOMER_ID,
        playNumber: 1,
        table: paced,
        state,
        momentPrizeId: 'bike',
      });
    expect(at(plenty)).toMatchObject({ prize: { id: 'bike' }, row: 5, via: 'moment' });
    expect(at({ ...plenty, stockLeft: { bike: 0 } })).toMatchObject({ row: 4, via: 'draw' });
    // A moment names a paced prize only: an ordinary row is not won that way.
    const notPaced = drawPlay({
      seed: SEED,
      customerId: CUSTOMER_ID,
      playNumber: 1,
      table: paced,
      state: plenty,
      momentPrizeId: 'jackpot',
    });
    expect(notPaced.via).toBe('draw');
  });
});

describe('replaying a play from the revealed seed', () => {
  const state: DrawState = { stockLeft: { coffee: 3 }, budgetLeft: { today: 40, total: 900 } };
  const stored = Array.from({ length: 50 }, (_, index) => {
    const outcome = play(index + 1, state);
    return { playNumber: index + 1, prizeId: outcome.prize?.id ?? null, uniform: outcome.uniform };
  });
  const replay = (playNumber: number, prizeId: string | null, uniform: number, seed = SEED) =>
    replayPlay({
      seed,
      publishedHash: SEED_HASH,
      customerId: CUSTOMER_ID,
      playNumber,
      table: wheel,
      state,
      stored: { prizeId, uniform },
    });

  it('gives the stored outcome for every play', () => {
    for (const { playNumber, prizeId, uniform } of stored)
      expect(replay(playNumber, prizeId, uniform).matches).toBe(true);
  });

  it('catches a changed prize, a changed uniform and a seed that is not the published one', () => {
    const { playNumber, uniform } = stored[1]!; // 'twenty'
    expect(replay(playNumber, 'jackpot', uniform).matches).toBe(false);
    expect(replay(playNumber, 'twenty', uniform + 2 ** -52).matches).toBe(false);
    const other = 'ff'.repeat(32);
    expect(replay(playNumber, 'twenty', uniform, other)).toMatchObject({
      matches: false,
      seedMatchesHash: false,
    });
  });
});
