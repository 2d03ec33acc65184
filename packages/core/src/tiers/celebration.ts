import type { Db } from '@fidele/db';

/** A tier change as the celebration reads it. */
export type CelebratedChange = {
  toTierId: string;
  /** Null when she joined on this tier. */
  fromRank: number | null;
  toRank: number;
  celebratedAt: Date | null;
};

/**
 * The tier change to celebrate, among her changes latest first: the latest, when it moved her up
 * to the tier she is on and has not been celebrated yet. Joining, a move down or an upgrade since
 * lost is not celebrated.
 */
export const changeToCelebrate = <T extends CelebratedChange>(
  latestFirst: readonly T[],
  currentTierId: string,
): T | null => {
  const latest = latestFirst[0];
  return latest &&
    latest.fromRank !== null &&
    latest.toRank > latest.fromRank &&
    latest.toTierId === currentTierId &&
    !latest.celebratedAt
    ? latest
    : null;
};

/**
 * Records that she has seen the celebration of `changeId` (one of her changes), and of every
 * change before it: no device shows it again. Seeing it twice changes nothing.
 */
export const markTierCelebrated = async (
  db: Db,
  input: { customerId: string; changeId: string; now?: Date },
): Promise<void> => {
  await db.$executeRaw`
    UPDATE "TierChange" SET "celebratedAt" = ${input.now ?? new Date()}
    WHERE "customerId" = ${input.customerId}::uuid AND "celebratedAt" IS NULL
      AND "createdAt" <= (SELECT "createdAt" FROM "TierChange"
                          WHERE id = ${input.changeId}::uuid AND "customerId" = ${input.customerId}::uuid)`;
};
