import type { Tx } from '@fidele/db';
import { qualifyingFigureOf, type TierSettings } from './qualifying.ts';

export type TierUpgrade = {
  from: string;
  to: { code: string; name: string };
  figure: number;
} | null;

/**
 * Re-evaluates a customer's tier inside the transaction of a qualifying movement, so the till's
 * response, the portal and the admin agree at once. Only ever up: a figure that fell is the
 * review's business. Qualifying again also lifts a review's warning. The caller holds the
 * customer's account lock (every movement takes it), so concurrent purchases are evaluated one
 * after the other and a change is never recorded twice. One statement: it runs on every
 * qualifying purchase.
 */
export const upgradeTier = async (
  tx: Tx,
  input: { customerId: string; settings: TierSettings; movementId?: string; now?: Date },
): Promise<TierUpgrade> => {
  const now = input.now ?? new Date();
  const [row] = await tx.$queryRaw<
    { from: string; code: string; name: string; figure: number; upgraded: boolean }[]
  >`
    WITH figure AS (
      SELECT GREATEST(0, ${qualifyingFigureOf(input.settings, now, input.customerId)}) AS v
    ), current_tier AS (
      SELECT t.id, t.code, t.rank, t.threshold, c."tierAtRiskSince" AS "atRiskSince"
      FROM "Customer" c JOIN "Tier" t ON t.id = c."tierId" WHERE c.id = ${input.customerId}::uuid
    ), reached AS (
      SELECT id, code, name, rank FROM "Tier"
      WHERE threshold <= (SELECT v FROM figure) ORDER BY rank DESC LIMIT 1
    ), moved AS (
      UPDATE "Customer" c
      SET "tierId" = CASE WHEN r.rank > cur.rank THEN r.id ELSE c."tierId" END, "tierAtRiskSince" = NULL
      FROM current_tier cur, reached r
      WHERE c.id = ${input.customerId}::uuid
        AND (r.rank > cur.rank OR (cur."atRiskSince" IS NOT NULL AND (SELECT v FROM figure) >= cur.threshold))
    ), change AS (
      -- Stamped now, after the lock, not at the transaction's start: the history keeps the order
      -- in which changes were made.
      INSERT INTO "TierChange" ("customerId", "fromTierId", "toTierId", reason, "qualifyingFigure", "movementId", "createdAt")
      SELECT ${input.customerId}::uuid, cur.id, r.id, 'QUALIFIED', (SELECT v FROM figure), ${input.movementId ?? null}::uuid,
             clock_timestamp()
      FROM current_tier cur, reached r WHERE r.rank > cur.rank
    )
    SELECT cur.code AS "from", r.code, r.name, (SELECT v FROM figure) AS figure, r.rank > cur.rank AS upgraded
    FROM current_tier cur, reached r`;
  return row?.upgraded
    ? { from: row.from, to: { code: row.code, name: row.name }, figure: row.figure }
    : null;
};
