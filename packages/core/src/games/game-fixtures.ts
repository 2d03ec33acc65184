import type { DrawState } from './odds.ts';
import type { PrizeTable } from './prize-table.ts';

// Shared by the games' tests. The expected digests were computed with openssl, not this code:
//   printf %s "$CUSTOMER_ID:$n" | openssl dgst -sha256 -hmac "$SEED"

export const SEED = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
export const SEED_HASH = '6c86c6aac5fb24bcf5d9939cb7d7d5645ce39418f449e03b262dd4fa14b4b92b';
export const CUSTOMER_ID = '3f2c1a9e-7b4d-4e8a-9c61-2d5f8b0e4a17';

/** Five rows, cumulative bounds 800, 2,000, 4,500, 7,000 and 10,000 basis points. */
export const wheel: PrizeTable = [
  { id: 'jackpot', kind: 'POINTS', points: 100, weight: 800, stock: null },
  { id: 'twenty', kind: 'POINTS', points: 20, weight: 1_200, stock: null },
  { id: 'coffee', kind: 'REWARD', rewardId: 'reward-coffee', weight: 2_500, stock: 50 },
  { id: 'five', kind: 'POINTS', points: 5, weight: 2_500, stock: null },
  { id: 'again', kind: 'TRY_AGAIN', weight: 3_000, stock: null },
];

export const plenty: DrawState = { stockLeft: {}, budgetLeft: { today: null, total: null } };
