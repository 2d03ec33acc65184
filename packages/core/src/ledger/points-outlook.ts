import type { Db, Tx } from '@fidele/db';
import { debtAccountCode, pendingAccountCode } from './accounts.ts';

export type PointsOutlook = {
  /** Points earned but not spendable yet, and when the next of them become spendable. */
  pending: { points: number; nextAt: Date | null };
  /** The next points to expire: all those expiring on the first day any do. */
  nextExpiry: { points: number; on: Date } | null;
  /** Points the customer owes back after refunds (refund policy DEBT), repaid by new earnings. */
  debt: number;
};

/**
 * What is coming for a customer's points, read from their pending and debt accounts and their
 * lots. "Day" is the programme's calendar day, so "expire on D" means the same D to everyone.
 */
export const getPointsOutlook = async (
  db: Db | Tx,
  customerId: string,
  timeZone: string,
): Promise<PointsOutlook> => {
  const [row] = await db.$queryRaw<
    {
      pending: number;
      nextPendingAt: Date | null;
      debt: number;
      expiringPoints: number | null;
      expiringAt: Date | null;
    }[]
  >`
    WITH spendable AS (
      SELECT remaining, "expiresAt", ("expiresAt" AT TIME ZONE ${timeZone})::date AS day
      FROM "PointLot"
      WHERE "customerId" = ${customerId}::uuid AND "pendingUntil" IS NULL AND remaining > 0
    ), first_day AS (
      SELECT SUM(remaining)::int AS points, MIN("expiresAt") AS at FROM spendable
      WHERE day = (SELECT MIN(day) FROM spendable)
    )
    SELECT COALESCE((SELECT balance FROM "Account" WHERE code = ${pendingAccountCode(customerId)}), 0) AS pending,
           (SELECT MIN("pendingUntil") FROM "PointLot"
            WHERE "customerId" = ${customerId}::uuid AND "pendingUntil" IS NOT NULL AND remaining > 0) AS "nextPendingAt",
           -COALESCE((SELECT balance FROM "Account" WHERE code = ${debtAccountCode(customerId)}), 0) AS debt,
           first_day.points AS "expiringPoints", first_day.at AS "expiringAt"
    FROM first_day`;
  return {
    pending: { points: row?.pending ?? 0, nextAt: row?.nextPendingAt ?? null },
    nextExpiry:
      row?.expiringPoints && row.expiringAt
        ? { points: row.expiringPoints, on: row.expiringAt }
        : null,
    debt: row?.debt ?? 0,
  };
};
