import { exclusionOf, type DrawState } from './odds.ts';
import { FULL_ODDS, type Prize, type PrizeTable } from './prize-table.ts';

// The draw's mapping from a play's digest to its outcome, without the HMAC that makes the digest:
// nothing here imports Node, so the portal's rules page redoes a play in the browser (its digest
// from WebCrypto) with this very code, and `draw.ts` draws with it (its digest from node:crypto).
// The whole algorithm is described in `draw.ts`.

const UNIFORM_BITS = 52;
const UNIFORM_SCALE = 2 ** UNIFORM_BITS;

/** The HMAC's message for a play: the customer's id and their play number in the period. */
export const playMessage = (customerId: string, playNumber: number): string =>
  `${customerId}:${playNumber}`;

/** The uniform number in [0, 1) a play's HMAC-SHA256 digest gives: its first 52 bits over 2^52. */
export const uniformOfDigest = (digest: Uint8Array): number => {
  if (digest.length < 8) throw new Error('A digest has at least 8 bytes.');
  const first64 = new DataView(digest.buffer, digest.byteOffset, 8).getBigUint64(0);
  // 64 bits read, the low 12 dropped.
  return Number(first64 >> BigInt(64 - UNIFORM_BITS)) / UNIFORM_SCALE;
};

/** The basis point a uniform lands on, exact for every uniform `uniformOfDigest` gives. */
export const basisPointOf = (uniform: number): number =>
  Number((BigInt(uniform * UNIFORM_SCALE) * BigInt(FULL_ODDS)) >> BigInt(UNIFORM_BITS));

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

/**
 * The outcome a uniform gives on a table as it stood for the play (steps 3 and 4 of the draw). The
 * table must add up to 100 % (`checkPrizeTable`).
 */
export const outcomeOf = (input: {
  uniform: number;
  table: PrizeTable;
  state: DrawState;
  /** The paced prize of the winning moment the play is the first after, if any. */
  momentPrizeId?: string | null;
}): DrawOutcome => {
  const { uniform, table, state } = input;
  const point = basisPointOf(uniform);
  const momentRow = table.findIndex(
    (prize) => prize.id === input.momentPrizeId && prize.paced && !exclusionOf(prize, state),
  );
  if (momentRow >= 0)
    return { prize: table[momentRow]!, row: momentRow, uniform, point, via: 'moment' };
  let cumulative = 0;
  const row = table.findIndex((prize) => {
    cumulative += prize.weight;
    return point < cumulative;
  });
  // The weights add up to 10,000 and the point is below it: some row is always found.
  const landed = table[row]!;
  if (exclusionOf(landed, state)) return { prize: null, row: null, uniform, point, via: 'draw' };
  return { prize: landed.kind === 'TRY_AGAIN' ? null : landed, row, uniform, point, via: 'draw' };
};

/** Whether a play redone from the revealed seed gives what was stored: its uniform and prize. */
export const outcomeMatches = (
  outcome: DrawOutcome,
  stored: { prizeId: string | null; uniform: number },
): boolean => outcome.uniform === stored.uniform && (outcome.prize?.id ?? null) === stored.prizeId;
