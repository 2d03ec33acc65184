import { createHmac } from 'node:crypto';
import {
  type DrawOutcome,
  outcomeMatches,
  outcomeOf,
  playMessage,
  uniformOfDigest,
} from './fair-draw.ts';
import type { DrawState } from './odds.ts';
import { checkPrizeTable, type PrizeTable } from './prize-table.ts';
import { isSeed, seedMatchesHash } from './seed.ts';

// The draw of a play, which anyone can redo once the period's seed is revealed (steps 1 and 2
// here, 3 and 4 in `fair-draw.ts`):
// 1. digest = HMAC-SHA256(key: the seed's 64 hex characters, message: "<customerId>:<playNumber>"),
//    the play number counting the customer's plays in the period from 1;
// 2. k = the digest's first 52 bits, big-endian, and uniform = k / 2^52, in [0, 1) (a double holds
//    it exactly, so the stored uniform gives k back);
// 3. point = ⌊k × 10,000 / 2^52⌋, in integers: the basis point in [0, 9,999] the play lands on.
//    Each point is reached by ⌊2^52 / 10^4⌋ or ⌈2^52 / 10^4⌉ values of k, a relative difference
//    under 3 × 10^-12, so no prize is favoured the way a modulo would favour it;
// 4. the row is the first of the table, in its stored order, whose cumulative weight exceeds the
//    point; if that row's prize cannot be given (`exclusionOf`: out of stock, or more points than
//    the budget left), the play is "try again". Rows keep their ranges whatever is excluded, so an
//    excluded prize's weight goes to "try again" and no other prize's chance moves.

/** The uniform number in [0, 1) the seed gives `message` (steps 1 and 2). */
export const seedUniform = (seed: string, message: string): number => {
  if (!isSeed(seed)) throw new Error('A seed is 64 lowercase hex characters.');
  return uniformOfDigest(createHmac('sha256', seed).update(message, 'utf8').digest());
};

export type DrawInput = {
  seed: string;
  customerId: string;
  /** The customer's play in the period, from 1. */
  playNumber: number;
  /** The table as it stands for this play. */
  table: PrizeTable;
  state: DrawState;
  /** The paced prize of the winning moment this play is the first after (`dueMoment`), if any. */
  momentPrizeId?: string | null;
};

/** The outcome of one play. Pure: the same inputs always give the same outcome. */
export const drawPlay = (input: DrawInput): DrawOutcome => {
  if (!Number.isInteger(input.playNumber) || input.playNumber < 1)
    throw new Error('A play number counts from 1.');
  checkPrizeTable(input.table);
  return outcomeOf({
    uniform: seedUniform(input.seed, playMessage(input.customerId, input.playNumber)),
    table: input.table,
    state: input.state,
    momentPrizeId: input.momentPrizeId,
  });
};

/** What is stored of a play's outcome, besides its inputs. */
export type StoredOutcome = { prizeId: string | null; uniform: number };

/**
 * Recomputes a stored play from the revealed seed and the table and state stored with it: it
 * matches when the seed is the one whose hash was published and the draw gives the same uniform
 * and the same prize.
 */
export const replayPlay = (
  input: DrawInput & { publishedHash: string; stored: StoredOutcome },
): { matches: boolean; seedMatchesHash: boolean; outcome: DrawOutcome } => {
  const outcome = drawPlay(input);
  const seedMatches = seedMatchesHash(input.seed, input.publishedHash);
  return {
    matches: seedMatches && outcomeMatches(outcome, input.stored),
    seedMatchesHash: seedMatches,
    outcome,
  };
};
