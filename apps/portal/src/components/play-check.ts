import {
  outcomeMatches,
  outcomeOf,
  playMessage,
  uniformOfDigest,
} from '@fidele/core/games/fair-draw';
import type { GamePlayRecord } from './game-view.ts';
import { seedHmac, sha256Hex } from './web-crypto.ts';

// A play redone in the browser from its period's revealed seed, with WebCrypto for the hashes and
// core's own mapping from digest to prize (`fair-draw.ts`), so what the page checks is what the
// server drew with, and nothing of it is taken from the server's word.

export type PlayCheck = 'verified' | 'mismatch';

/**
 * Whether a drawn play is the one its revealed seed gives: the seed matches the hash published
 * beforehand, and the draw redone from it lands on the stored uniform and prize.
 */
export const checkPlay = async (
  draw: NonNullable<GamePlayRecord['draw']>,
  period: { seed: string; seedHash: string },
): Promise<PlayCheck> => {
  if ((await sha256Hex(period.seed)) !== period.seedHash.toLowerCase()) return 'mismatch';
  const digest = await (await seedHmac(period.seed))(playMessage(draw.customerId, draw.playNumber));
  const outcome = outcomeOf({
    uniform: uniformOfDigest(digest),
    table: draw.table,
    state: draw.state,
    momentPrizeId: draw.momentPrizeId,
  });
  return outcomeMatches(outcome, draw.stored) ? 'verified' : 'mismatch';
};
