import { Prisma, type Db, type TierMetric, type Tx } from '@fidele/db';

export type TierSettings = {
  tierMetric: TierMetric;
  tierWindowMonths: number;
  tierGraceDays: number;
};

/**
 * Each customer's qualifying figure over the rolling window ending at `now`, as SQL rows
 * (customerId, figure): points of qualifying movements, or the amount of purchases less their
 * refunds. `customerId` narrows it to one customer.
 */
export const qualifyingFigures = (
  settings: TierSettings,
  now: Date,
  customerId?: string,
): Prisma.Sql => {
  const since = Prisma.sql`${now}::timestamptz - make_interval(months => ${settings.tierWindowMonths}::int)`;
  const one = (column: string) =>
    customerId ? Prisma.sql`AND ${Prisma.raw(column)} = ${customerId}::uuid` : Prisma.empty;
  return settings.tierMetric === 'POINTS_EARNED'
    ? Prisma.sql`
        SELECT "customerId", SUM(points)::int AS figure FROM "Movement"
        WHERE qualifying AND "createdAt" > ${since} AND "createdAt" <= ${now}::timestamptz ${one('"customerId"')}
        GROUP BY "customerId"`
    : Prisma.sql`
        SELECT "customerId", SUM(amount - "refundedAmount")::int AS figure FROM "Purchase"
        WHERE "customerId" IS NOT NULL AND "occurredAt" > ${since} AND "occurredAt" <= ${now}::timestamptz ${one('"customerId"')}
        GROUP BY "customerId"`;
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
