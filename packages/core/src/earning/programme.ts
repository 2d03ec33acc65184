import { Prisma, type Db, type Tx } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../calendar/programme-days.ts';
import type { Basket, EarnContext, EarnRuleData } from './engine.ts';
import { SETTINGS_ID } from './programme-settings.ts';

// The zone lives with the calendar, which the apps' browser code may import without the database.
export { PROGRAMME_TIME_ZONE };

/** The earn rules in force (archived ones are kept for history, not applied). */
export const loadEarnRules = (db: Db | Tx): Promise<EarnRuleData[]> =>
  db.earnRule.findMany({
    where: { archivedAt: null },
    select: {
      id: true,
      kind: true,
      name: true,
      channels: true,
      shopIds: true,
      rate: true,
      multiplier: true,
      points: true,
      friendPoints: true,
      minAmount: true,
      category: true,
      sku: true,
      startsAt: true,
      endsAt: true,
      weekdays: true,
    },
  });

/**
 * What the purchases of customer `c` earned on the programme's day of `at` (daily caps), as a
 * scalar subquery.
 */
export const pointsEarnedOnDayOf = (at: Date): Prisma.Sql => Prisma.sql`
  (SELECT SUM(p."pointsEarned") FROM "Purchase" p
   WHERE p."customerId" = c.id
     AND (p."occurredAt" AT TIME ZONE ${PROGRAMME_TIME_ZONE})::date
       = (${at}::timestamptz AT TIME ZONE ${PROGRAMME_TIME_ZONE})::date)`;

/** The customer's part of the engine's context, and the programme's configuration stamp. */
const customerContext = async (
  db: Db | Tx,
  customerId: string,
  basket: Basket,
): Promise<EarnContext & { configStamp: string }> => {
  const [row] = await db.$queryRaw<
    { multiplier: number; earned: bigint | null; configStamp: string }[]
  >`
    SELECT t."earnMultiplier" AS multiplier,
           ${pointsEarnedOnDayOf(basket.occurredAt)} AS earned,
           (SELECT "configStamp"::text FROM "ProgrammeSettings" WHERE id = ${SETTINGS_ID}) AS "configStamp"
    FROM "Customer" c JOIN "Tier" t ON t.id = c."tierId"
    WHERE c.id = ${customerId}::uuid`;
  if (!row) throw new Error(`Customer ${customerId} not found`);
  return {
    tierMultiplier: row.multiplier,
    earnedToday: Number(row.earned ?? 0),
    timeZone: PROGRAMME_TIME_ZONE,
    configStamp: row.configStamp,
  };
};

/**
 * What the engine needs to know of the customer: their tier multiplier and what purchases
 * already earned them on the basket's day (a basket without a customer: neither).
 */
export const earnContextFor = async (
  db: Db | Tx,
  input: { customerId?: string; basket: Basket },
): Promise<EarnContext> =>
  input.customerId
    ? customerContext(db, input.customerId, input.basket)
    : { tierMultiplier: 100, earnedToday: 0, timeZone: PROGRAMME_TIME_ZONE };

/**
 * The context of a purchase being recorded. The customer's account row is locked first, so two
 * purchases of one customer at the same moment cannot both pass a daily cap; the read after the
 * lock sees what the other one committed.
 */
export const lockedEarnContext = async (tx: Tx, customerId: string, basket: Basket) => {
  await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "customerId" = ${customerId}::uuid FOR UPDATE`;
  return customerContext(tx, customerId, basket);
};
