import { Prisma, type Db, type TierMetric, type Tx } from '@fidele/db';

export type TierSettings = {
  tierMetric: TierMetric;
  tierWindowMonths: number;
  tierGraceDays: number;
};

/** A window of time as SQL bounds: after `since`, up to and including `now`. */
type Window = { since: Prisma.Sql; now: Date };

/**
 * Points earned per customer over a window, as SQL rows (customerId, v): qualifying movements,
 * less what refunds wrote off. A refund takes back from the figure all its refunded part earned,
 * including the points it could not take from a balance already spent (CAP_AT_BALANCE).
 * `customerId` narrows it to one customer.
 */
export const pointsEarnedIn = ({ since, now }: Window, customerId?: string): Prisma.Sql => {
  const one = (column: string) =>
    customerId ? Prisma.sql`AND ${Prisma.raw(column)} = ${customerId}::uuid` : Prisma.empty;
  return Prisma.sql`
    SELECT "customerId", SUM(points)::int AS v FROM (
      SELECT "customerId", points FROM "Movement"
      WHERE qualifying AND "createdAt" > ${since} AND "createdAt" <= ${now}::timestamptz ${one('"customerId"')}
      UNION ALL
      SELECT p."customerId", -r."pointsWrittenOff" FROM "Refund" r JOIN "Purchase" p ON p.id = r."purchaseId"
      WHERE r."pointsWrittenOff" > 0 AND r."createdAt" > ${since} AND r."createdAt" <= ${now}::timestamptz
        AND p."customerId" IS NOT NULL ${one('p."customerId"')}
    ) earned GROUP BY "customerId"`;
};

/** Amount spent per customer over a window (purchases less their refunds), as `pointsEarnedIn`. */
export const amountSpentIn = ({ since, now }: Window, customerId?: string): Prisma.Sql =>
  Prisma.sql`
    SELECT "customerId", SUM(amount - "refundedAmount")::int AS v FROM "Purchase"
    WHERE "customerId" IS NOT NULL AND "occurredAt" > ${since} AND "occurredAt" <= ${now}::timestamptz
      ${customerId ? Prisma.sql`AND "customerId" = ${customerId}::uuid` : Prisma.empty}
    GROUP BY "customerId"`;

/**
 * Each customer's qualifying figure over the rolling window ending at `now`, as SQL rows
 * (customerId, figure): points earned, or the amount spent. `customerId` narrows it to one
 * customer.
 */
export const qualifyingFigures = (
  settings: TierSettings,
  now: Date,
  customerId?: string,
): Prisma.Sql => {
  const window = {
    since: Prisma.sql`${now}::timestamptz - make_interval(months => ${settings.tierWindowMonths}::int)`,
    now,
  };
  const figures =
    settings.tierMetric === 'POINTS_EARNED'
      ? pointsEarnedIn(window, customerId)
      : amountSpentIn(window, customerId);
  return Prisma.sql`SELECT "customerId", v AS figure FROM (${figures}) f`;
};

/** One customer's qualifying figure. */
export const qualifyingFigure = async (
  db: Db | Tx,
  settings: TierSettings,
  customerId: string,
  now: Date,
): Promise<number> => {
  const [row] = await db.$queryRaw<{ figure: number }[]>`
    SELECT figure FROM (${qualifyingFigures(settings, now, customerId)}) f`;
  return Math.max(0, row?.figure ?? 0);
};
