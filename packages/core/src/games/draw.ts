import { createHmac } from 'node:crypto';
import { exclusionOf, type DrawState } from './odds.ts';
import { checkPrizeTable, FULL_ODDS, type Prize, type PrizeTable } from './prize-table.ts';
import { isSeed, seedMatchesHash } from './seed.ts';

// The draw of a play, which anyone can redo once the period's seed is revealed:
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

const UNIFORM_BITS = 52;
const UNIFORM_SCALE = 2 ** UNIFORM_BITS;

/** The uniform number in [0, 1) the seed gives `message` (steps 1 and 2). */
export const seedUniform = (seed: string, message: string): number => {
  if (!isSeed(seed)) throw new Error('A seed is 64 lowercase hex characters.');
  const digest = createHmac('sha256', seed).update(message, 'utf8').digest();
  // 56 bits read, the low 4 dropped.
  return Number(digest.readBigUInt64BE(0) >> BigInt(64 - UNIFORM_BITS)) / UNIFORM_SCALE;
};

/** The basis point a uniform lands on (step 3), exact for every uniform `seedUniform` gives. */
export const basisPointOf = (uniform: number): number =>
  Number((BigInt(uniform * UNIFORM_SCALE) * BigInt(FULL_ODDS)) >> BigInt(UNIFORM_BITS));

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

export type DrawOutcome = {
  /** What the play wins; null is "try again" (a TRY_AGAIN row or weight moved to it). */
  prize: Prize | null;
  /** The table row the play landed on (the wheel's segment); null when that prize was excluded. */
  row: number | null;
  uniform: number;
  point: number;
  /** Whether the play won a winning moment's prize rather than by the draw. */
  via: 'draw' | 'moment';
};

/** The outcome of one play. Pure: the same inputs always give the same outcome. */
export const drawPlay = (input: DrawInput): DrawOutcome => {
  if (!Number.isInteger(input.playNumber) || input.playNumber < 1)
    throw new Error('A play number counts from 1.');
  checkPrizeTable(input.table);
  const uniform = seedUniform(input.seed, `${input.customerId}:${input.playNumber}`);
  const point = basisPointOf(uniform);
  const momentRow = input.table.findIndex(
    (prize) => prize.id === input.momentPrizeId && prize.paced && !exclusionOf(prize, input.state),
  );
  if (momentRow >= 0)
    return { prize: input.table[momentRow]!, row: momentRow, uniform, point, via: 'moment' };
  let cumulative = 0;
  const row = input.table.findIndex((prize) => {
    cumulative += prize.weight;
    return point < cumulative;
  });
  // The weights add up to 10,000 and the point is below it: some row is always found.
  const landed = input.table[row]!;
  if (exclusionOf(landed, input.state))
    return { prize: null, row: null, uniform, point, via: 'draw' };
  return { prize: landed.kind === 'TRY_AGAIN' ? null : landed, row, uniform, point, via: 'draw' };
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
    matches:
      seedMatches &&
      outcome.uniform === input.stored.uniform &&
      (outcome.prize?.id ?? null) === input.stored.prizeId,
    seedMatchesHash: seedMatches,
    outcome,
  };
};
