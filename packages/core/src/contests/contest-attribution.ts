import type { Channel, Db } from '@fidele/db';
import { contestNotFound } from './contest-admin.ts';

/** Purchases of one channel: how many, and their total in minor units of one currency. */
export type ChannelSales = {
  channel: Channel;
  currency: string;
  purchases: number;
  amount: number;
};

/** Shop purchases over a span: each a visit, their average basket in minor units. */
export type StoreVisits = { from: Date; to: Date; visits: number; averageBasket: number | null };

export type ContestAttribution = {
  newMembers: number;
  /** What the members who joined through the contest bought after joining, per channel. */
  newMemberSales: ChannelSales[];
  /** Shop visits and basket while the contest ran (so far), against as many days just before. */
  storeDuring: StoreVisits;
  storeBefore: StoreVisits;
};

const visitsBetween = async (db: Db, from: Date, to: Date): Promise<StoreVisits> => {
  const [row] = await db.$queryRaw<{ visits: bigint; averageBasket: number | null }[]>`
    SELECT count(*) AS visits, round(avg(amount))::int AS "averageBasket"
    FROM "Purchase"
    WHERE channel = 'STORE' AND "occurredAt" >= ${from} AND "occurredAt" < ${to}`;
  return { from, to, visits: Number(row!.visits), averageBasket: row!.averageBasket };
};

/**
 * What a contest brought: the members who joined through its link and what they bought since,
 * per channel, and the shops' visits and basket during the contest against the same number of
 * days before it.
 */
export const getContestAttribution = async (
  db: Db,
  contestId: string,
  now = new Date(),
): Promise<ContestAttribution> => {
  const contest = await db.contest.findUnique({
    where: { id: contestId },
    select: { startsAt: true, endsAt: true, _count: { select: { newMembers: true } } },
  });
  if (!contest) throw contestNotFound();
  const sales = await db.$queryRaw<
    { channel: Channel; currency: string; purchases: bigint; amount: bigint }[]
  >`
    SELECT p.channel, p.currency, count(*) AS purchases, sum(p.amount) AS amount
    FROM "Customer" c JOIN "Purchase" p ON p."customerId" = c.id AND p."occurredAt" >= c."createdAt"
    WHERE c."signUpContestId" = ${contestId}::uuid
    GROUP BY p.channel, p.currency ORDER BY p.channel, p.currency`;
  const end = now < contest.endsAt ? now : contest.endsAt;
  const span = Math.max(0, end.getTime() - contest.startsAt.getTime());
  const [storeDuring, storeBefore] = await Promise.all([
    visitsBetween(db, contest.startsAt, end),
    visitsBetween(db, new Date(contest.startsAt.getTime() - span), contest.startsAt),
  ]);
  return {
    newMembers: contest._count.newMembers,
    newMemberSales: sales.map((row) => ({
      ...row,
      purchases: Number(row.purchases),
      amount: Number(row.amount),
    })),
    storeDuring,
    storeBefore,
  };
};
