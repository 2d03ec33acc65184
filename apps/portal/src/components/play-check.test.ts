import type { Prize } from '@fidele/core/games';
import { describe, expect, it } from 'vitest';
import { checkPlay } from './play-check.ts';
import { sha256Hex } from './web-crypto.ts';

// Known values, computed with openssl (see core's games/game-fixtures.ts): play 2 of this customer
// with this seed lands on basis point 1,713.
const SEED = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const SEED_HASH = '6c86c6aac5fb24bcf5d9939cb7d7d5645ce39418f449e03b262dd4fa14b4b92b';
const table: Prize[] = [
  { id: 'jackpot', kind: 'POINTS', points: 100, weight: 800, stock: null },
  { id: 'twenty', kind: 'POINTS', points: 20, weight: 1_200, stock: null },
  { id: 'again', kind: 'TRY_AGAIN', weight: 8_000, stock: null },
];
const draw = {
  customerId: '3f2c1a9e-7b4d-4e8a-9c61-2d5f8b0e4a17',
  playNumber: 2,
  table,
  state: { stockLeft: {}, budgetLeft: { today: null, total: null } },
  momentPrizeId: null,
  stored: { prizeId: 'twenty', uniform: 0.171357055941336 },
};

describe("a play checked in the member's browser", () => {
  it('hashes the seed as published', async () => {
    expect(await sha256Hex(SEED)).toBe(SEED_HASH);
  });

  it('verifies a play its revealed seed gives', async () => {
    expect(await checkPlay(draw, { seed: SEED, seedHash: SEED_HASH })).toBe('verified');
  });

  it('refuses another prize, another play number or a seed that is not the published one', async () => {
    const period = { seed: SEED, seedHash: SEED_HASH };
    expect(
      await checkPlay({ ...draw, stored: { ...draw.stored, prizeId: 'jackpot' } }, period),
    ).toBe('mismatch');
    expect(await checkPlay({ ...draw, playNumber: 3 }, period)).toBe('mismatch');
    expect(await checkPlay(draw, { seed: SEED, seedHash: SEED_HASH.replace(/^6c/, '6d') })).toBe(
      'mismatch',
    );
  });
});
