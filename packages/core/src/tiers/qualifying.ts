import { Prisma, type Db, type TierMetric, type Tx } from '@fidele/db';
import type { FigurePart } from './ladder.ts';

export type TierSettings = {
  tierMetric: TierMetric;
  tierWindowMonths: number;
  tierGraceDays: number;
};

/**
 * A window of time as SQL bounds: after `since`, up to and including `now` (an instant, or an SQL
 * clock such as the statement's own time).
 */
type Window = { since: Prisma.Sql; now: Date | Prisma.Sql };

/**
 * A figure of each customer as SQL, for a query over customers: the LEFT JOINs that bring it
 * (on `customer`, the query's customer id column; named after `alias`) and its value, 0 for a
 * customer with nothing in the window. Each join is one subquery grouped by customer, so over
 * every customer PostgreSQL reads it in one pass of a covering index (already ordered by
 * customer), and for one customer it narrows the subquery to that customer's index entries.
 */
export type CustomerFigure = { joins: Prisma.Sql; value: Prisma.Sql };

/**
 * Points earned over a window: qualifying movements, less what refunds wrote off. A refund takes
 * back from the figure all its refunded part earned, including the points it could not take from
 * a balance already spent (CAP_AT_BALANCE). Write-offs are rare: they get a join of their own, so
 * the movements' join stays a plain grouped read of `Movement_qualifying_idx`.
 */
export const pointsEarnedIn = (
  { since, now }: Window,
  customer: Prisma.Sql,
  alias: string,
): CustomerFigure => {
  const earned = Prisma.raw(`"${alias}"`);
  const mergedIn = Prisma.raw(`"${alias}_merged_in"`);
  const writtenOff = Prisma.raw(`"${alias}_written_off"`);
  return {
    joins: Prisma.sql`
      LEFT JOIN (
        SELECT "customerId", SUM(points) AS v FROM "Movement"
        WHERE qualifying AND "createdAt" > ${since} AND "createdAt" <= ${now}::timestamptz
        GROUP BY "customerId"
      ) ${earned} ON ${earned}."customerId" = ${customer}
      -- What her accounts merged into this one earned still counts where it was written. Merged
      -- accounts are few: their partial index keeps this join a probe for everyone else.
      LEFT JOIN (
        SELECT merged."mergedIntoId" AS "customerId", SUM(m.points) AS v
        FROM "Customer" merged JOIN "Movement" m ON m."customerId" = merged.id
        WHERE merged."mergedIntoId" IS NOT NULL
          AND m.qualifying AND m."createdAt" > ${since} AND m."createdAt" <= ${now}::timestamptz
        GROUP BY merged."mergedIntoId"
      ) ${mergedIn} ON ${mergedIn}."customerId" = ${customer}
      LEFT JOIN (
        SELECT p."customerId", SUM(r."pointsWrittenOff") AS v
        FROM "Refund" r JOIN "Purchase" p ON p.id = r."purchaseId"
        WHERE r."pointsWrittenOff" > 0 AND r."createdAt" > ${since} AND r."createdAt" <= ${now}::timestamptz
        GROUP BY p."customerId"
      ) ${writtenOff} ON ${writtenOff}."customerId" = ${customer}`,
    value: Prisma.sql`(COALESCE(${earned}.v, 0) + COALESCE(${mergedIn}.v, 0)
                       - COALESCE(${writtenOff}.v, 0))::int`,
  };
};

/** Amount spent over a window (purchases less their refunds), as `pointsEarnedIn`. */
export const amountSpentIn = (
  { since, now }: Window,
  customer: Prisma.Sql,
  alias: string,
): CustomerFigure => {
  const spent = Prisma.raw(`"${alias}"`);
  return {
    joins: Prisma.sql`
      LEFT JOIN (
        SELECT "customerId", SUM(amount - "refundedAmount") AS v FROM "Purchase"
        WHERE "customerId" IS NOT NULL AND "occurredAt" > ${since} AND "occurredAt" <= ${now}::timestamptz
        GROUP BY "customerId"
      ) ${spent} ON ${spent}."customerId" = ${customer}`,
    value: Prisma.sql`COALESCE(${spent}.v, 0)::int`,
  };
};

/**
 * Each customer's qualifying figure over the rolling window ending at `now` (points earned, or
 * the amount spent), as a `CustomerFigure` on `customer`.
 */
export const qualifyingFigures = (
  settings: TierSettings,
  now: Date | Prisma.Sql,
  customer: Prisma.Sql,
): CustomerFigure => {
  const window = {
    since: Prisma.sql`${now}::timestamptz - make_interval(months => ${settings.tierWindowMonths}::int)`,
    now,
  };
  return settings.tierMetric === 'POINTS_EARNED'
    ? pointsEarnedIn(window, customer, 'qualifying')
    : amountSpentIn(window, customer, 'qualifying');
};

/**
 * One customer's qualifying figure, as an SQL value: the customer by id, or by a column of the
 * statement it is part of.
 */
export const qualifyingFigureOf = (
  settings: TierSettings,
  now: Date | Prisma.Sql,
  customerId: string | Prisma.Sql,
): Prisma.Sql => {
  const id = typeof customerId === 'string' ? Prisma.sql`${customerId}::uuid` : customerId;
  const { joins, value } = qualifyingFigures(settings, now, Prisma.sql`one.id`);
  return Prisma.sql`(SELECT ${value} FROM (SELECT ${id} AS id) one ${joins})`;
};

/** One customer's qualifying figure. */
export const qualifyingFigure = async (
  db: Db | Tx,
  settings: TierSettings,
  customerId: string,
  now: Date,
): Promise<number> => {
  const [row] = await db.$queryRaw<{ figure: number }[]>`
    SELECT ${qualifyingFigureOf(settings, now, customerId)} AS figure`;
  return Math.max(0, row?.figure ?? 0);
};

/**
 * One customer's qualifying figure in parts, each with the moment it leaves the rolling window
 * (as PostgreSQL adds the window's months): what `qualifyingFigure` sums, one row per movement,
 * write-off or purchase. A customer holds few in a window; read for her status page only.
 */
export const qualifyingParts = async (
  db: Db | Tx,
  settings: TierSettings,
  customerId: string,
  now: Date,
): Promise<FigurePart[]> => {
  const months = Prisma.sql`make_interval(months => ${settings.tierWindowMonths}::int)`;
  const since = Prisma.sql`${now}::timestamptz - ${months}`;
  const parts =
    settings.tierMetric === 'POINTS_EARNED'
      ? Prisma.sql`
          SELECT "createdAt" + ${months} AS "leavesAt", points AS value FROM "Movement"
          WHERE "customerId" IN (SELECT ${customerId}::uuid
                                 UNION ALL SELECT id FROM "Customer" WHERE "mergedIntoId" = ${customerId}::uuid)
            AND qualifying
            AND "createdAt" > ${since} AND "createdAt" <= ${now}::timestamptz
          UNION ALL
          SELECT r."createdAt" + ${months}, -r."pointsWrittenOff"
          FROM "Refund" r JOIN "Purchase" p ON p.id = r."purchaseId"
          WHERE p."customerId" = ${customerId}::uuid AND r."pointsWrittenOff" > 0
            AND r."createdAt" > ${since} AND r."createdAt" <= ${now}::timestamptz`
      : Prisma.sql`
          SELECT "occurredAt" + ${months} AS "leavesAt", amount - "refundedAmount" AS value
          FROM "Purchase"
          WHERE "customerId" = ${customerId}::uuid
            AND "occurredAt" > ${since} AND "occurredAt" <= ${now}::timestamptz`;
  return db.$queryRaw<FigurePart[]>`SELECT "leavesAt", value::int AS value FROM (${parts}) parts`;
};
