import type { Db, Tx } from '@fidele/db';
import type { Basket, EarnContext, EarnRuleData } from './engine.ts';

/** The programme's calendar: days (daily caps, weekday promotions) are counted in this zone. */
export const PROGRAMME_TIME_ZONE = 'Europe/Paris';

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
      category: true,
      sku: true,
      startsAt: true,
      endsAt: true,
      weekdays: true,
    },
  });

/**
 * What the engine needs to know of the customer: their tier multiplier and what purchases
 * already earned them on the basket's day. With `lock`, the customer's account row is locked
 * first, so two purchases of one customer at the same moment cannot both pass a daily cap.
 */
export const earnContextFor = async (
  db: Db | Tx,
  input: { customerId?: string; basket: Basket; lock?: boolean },
): Promise<EarnContext> => {
  if (!input.customerId)
    return { tierMultiplier: 100, earnedToday: 0, timeZone: PROGRAMME_TIME_ZONE };
  if (input.lock)
    await db.$queryRaw`SELECT 1 FROM "Account" WHERE "customerId" = ${input.customerId}::uuid FOR UPDATE`;
  const [row] = await db.$queryRaw<{ multiplier: number; earned: bigint | null }[]>`
    SELECT t."earnMultiplier" AS multiplier,
           (SELECT SUM(p."pointsEarned") FROM "Purchase" p
             WHERE p."customerId" = c.id
               AND (p."occurredAt" AT TIME ZONE ${PROGRAMME_TIME_ZONE})::date
                 = (${input.basket.occurredAt}::timestamptz AT TIME ZONE ${PROGRAMME_TIME_ZONE})::date) AS earned
    FROM "Customer" c JOIN "Tier" t ON t.id = c."tierId"
    WHERE c.id = ${input.customerId}::uuid`;
  return {
    tierMultiplier: row?.multiplier ?? 100,
    earnedToday: Number(row?.earned ?? 0),
    timeZone: PROGRAMME_TIME_ZONE,
  };
};
