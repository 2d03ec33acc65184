import type { Db } from '@fidele/db';
import { getProgrammeSettings } from '../earning/index.ts';
import { qualifyingFigures } from './qualifying.ts';

export type TierReview = { downgraded: number; warned: number; forgiven: number };

/**
 * The periodic tier review, set-based in SQL (`reviewOutcome` is the same rule for one customer):
 * everyone above the entry tier and not pinned is measured once into a temporary table; those
 * whose grace period is over move down one tier (and are warned at once for the lower tier if
 * they miss it too), those newly short of their tier are warned, those qualifying again are
 * forgiven. Reviews take a transaction-scoped advisory lock, so concurrent runs queue, and a
 * second run at the same `now` finds nothing left to do.
 */
export const reviewTiers = (db: Db, now: Date): Promise<TierReview> =>
  db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('fidele:tier-review'))`;
      const settings = await getProgrammeSettings(tx);
      await tx.$executeRaw`
        CREATE TEMPORARY TABLE tier_standing ON COMMIT DROP AS
        SELECT c.id, c."tierId", t.rank, COALESCE(f.figure, 0) AS figure,
               COALESCE(f.figure, 0) >= t.threshold AS qualifies
        FROM "Customer" c
        JOIN "Tier" t ON t.id = c."tierId"
        LEFT JOIN (${qualifyingFigures(settings, now)}) f ON f."customerId" = c.id
        WHERE t.rank > 0 AND (c."tierPinnedUntil" IS NULL OR c."tierPinnedUntil" <= ${now}::timestamptz)`;
      const downgraded = await tx.$executeRaw`
        WITH moved AS (
          UPDATE "Customer" c
          SET "tierId" = below.id,
              "tierAtRiskSince" = CASE WHEN s.figure >= below.threshold THEN NULL ELSE ${now}::timestamptz END
          FROM tier_standing s
          CROSS JOIN LATERAL (
            SELECT id, threshold FROM "Tier" WHERE rank < s.rank ORDER BY rank DESC LIMIT 1
          ) below
          WHERE c.id = s.id AND NOT s.qualifies AND c."tierId" = s."tierId"
            AND c."tierAtRiskSince" <= ${now}::timestamptz - make_interval(days => ${settings.tierGraceDays}::int)
          RETURNING c.id, s."tierId" AS "fromTierId", c."tierId" AS "toTierId", s.figure
        )
        INSERT INTO "TierChange" ("customerId", "fromTierId", "toTierId", reason, "qualifyingFigure", "createdAt")
        SELECT id, "fromTierId", "toTierId", 'REVIEW', figure, ${now}::timestamptz FROM moved`;
      const warned = await tx.$executeRaw`
        UPDATE "Customer" c SET "tierAtRiskSince" = ${now}::timestamptz
        FROM tier_standing s
        WHERE c.id = s.id AND NOT s.qualifies AND c."tierId" = s."tierId" AND c."tierAtRiskSince" IS NULL`;
      const forgiven = await tx.$executeRaw`
        UPDATE "Customer" c SET "tierAtRiskSince" = NULL
        FROM tier_standing s
        WHERE c.id = s.id AND s.qualifies AND c."tierId" = s."tierId" AND c."tierAtRiskSince" IS NOT NULL`;
      return { downgraded, warned, forgiven };
    },
    { timeout: 600_000, maxWait: 600_000 },
  );
