import { drawPicks, parseDrawList } from '@fidele/core/contests/draw';
import { seedHmac, sha256Hex } from './web-crypto.ts';

// A contest's draw redone in the browser: the published list and the revealed seed are hashed
// with WebCrypto and the picks redone with core's own algorithm (`contest-draw.ts`).

export type DrawCheck = {
  listMatches: boolean;
  seedMatches: boolean;
  /** The picks redone from the seed and the list, in order. */
  picks: number[];
  /** Whether they are the picks the page shows, in the same order. */
  winnersMatch: boolean;
};

export const checkDraw = async (input: {
  list: string;
  listHash: string;
  seed: string;
  seedHash: string;
  /** The picks of the winners shown, disqualified ones included, in draw order. */
  winnerPicks: number[];
}): Promise<DrawCheck> => {
  const [listHash, seedHash] = await Promise.all([sha256Hex(input.list), sha256Hex(input.seed)]);
  const redone = await drawPicks(
    parseDrawList(input.list),
    await seedHmac(input.seed),
    input.winnerPicks.length,
  );
  const picks = redone.map((pick) => pick.pick);
  return {
    listMatches: listHash === input.listHash.toLowerCase(),
    seedMatches: seedHash === input.seedHash.toLowerCase(),
    picks,
    winnersMatch: picks.join() === input.winnerPicks.join(),
  };
};
