import { Prisma, type Channel } from '@fidele/db';

/**
 * The UPDATE that keeps a customer's activity summary (`channelsUsed`, `lastPurchaseAt`) in step
 * with what they just did, for segments to read without scanning every purchase and movement. It
 * writes the row only the first time a channel is used or when a purchase is newer than the last
 * one, so the usual purchase or movement costs a read of the row, not a write. Meant to run as a
 * CTE of the statement that records the activity; `onlyIf` ties it to that statement's outcome.
 */
export const customerActivityUpdate = (input: {
  customerId: string;
  channel: Channel;
  purchasedAt?: Date;
  onlyIf?: Prisma.Sql;
}): Prisma.Sql => {
  const channel = Prisma.sql`${input.channel}::"Channel"`;
  const counts = input.channel !== 'ADMIN';
  const newChannel = counts
    ? Prisma.sql`NOT (${channel} = ANY(COALESCE("channelsUsed", '{}')))`
    : Prisma.sql`false`;
  const newerPurchase = input.purchasedAt
    ? Prisma.sql`("lastPurchaseAt" IS NULL OR "lastPurchaseAt" < ${input.purchasedAt}::timestamptz)`
    : Prisma.sql`false`;
  return Prisma.sql`
    UPDATE "Customer" SET
      "channelsUsed" = CASE WHEN ${newChannel} THEN array_append(COALESCE("channelsUsed", '{}'), ${channel}) ELSE "channelsUsed" END,
      "lastPurchaseAt" = CASE WHEN ${newerPurchase} THEN ${input.purchasedAt ?? null}::timestamptz ELSE "lastPurchaseAt" END
    WHERE id = ${input.customerId}::uuid AND (${newChannel} OR ${newerPurchase})
      ${input.onlyIf ? Prisma.sql`AND ${input.onlyIf}` : Prisma.empty}`;
};
