import { Prisma, type Db, type Tx } from '@fidele/db';
import { compileSegment } from './compile.ts';
import type { SegmentRule } from './rule.ts';
import { getSegmentRules } from './segment-admin.ts';

export type SegmentMember = {
  id: string;
  memberCode: string;
  firstName: string;
  lastName: string | null;
  email: string;
  tierCode: string;
  pointsBalance: number;
  createdAt: Date;
};

/**
 * How many customers the rules select, counted in one query. Without parallel workers: a parallel
 * plan splits the customers between workers but has each of them compute every customer's
 * windowed figures again (the grouped side of the join cannot be split), which measured slower
 * than one process (bench/README.md).
 */
export const countSegment = async (db: Db, rule: SegmentRule, now = new Date()) => {
  const { joins, where } = compileSegment(rule, now);
  const [, [row]] = await db.$transaction(
    [
      db.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`,
      db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM "Customer" c ${joins} WHERE ${where}`,
    ],
    // A count over millions of customers takes seconds, past the default limit of 5 s.
    { timeout: 600_000 },
  );
  return row?.count ?? 0;
};

/**
 * Members of the segment in a stable order (by id), `take` at a time after `after`: a page for
 * the sample list, or the next batch of an export that never holds every member in memory.
 */
export const listSegmentMembers = async (
  db: Db | Tx,
  rule: SegmentRule,
  options: { take: number; after?: string; now?: Date },
): Promise<SegmentMember[]> => {
  const { joins, where } = compileSegment(rule, options.now ?? new Date());
  const after = options.after ? Prisma.sql`AND c.id > ${options.after}::uuid` : Prisma.empty;
  return db.$queryRaw<SegmentMember[]>`
    SELECT c.id, c."memberCode", c."firstName", c."lastName", c.email, t.code AS "tierCode",
           a.balance AS "pointsBalance", c."createdAt"
    FROM "Customer" c
    JOIN "Tier" t ON t.id = c."tierId"
    JOIN "Account" a ON a."customerId" = c.id
    ${joins}
    WHERE ${where} ${after}
    ORDER BY c.id
    LIMIT ${options.take}`;
};

/** Every member, in batches, for a CSV export. */
export async function* eachSegmentMember(db: Db, rule: SegmentRule, now = new Date()) {
  let after: string | undefined;
  for (;;) {
    const batch = await listSegmentMembers(db, rule, { take: 1_000, after, now });
    yield* batch;
    if (batch.length < 1_000) return;
    after = batch.at(-1)!.id;
  }
}

/** Whether one customer is in the segment now (VIP offer targeting). */
export const isSegmentMember = async (
  db: Db | Tx,
  rule: SegmentRule,
  customerId: string,
  now = new Date(),
): Promise<boolean> => {
  const { joins, where } = compileSegment(rule, now);
  const [row] = await db.$queryRaw<{ member: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Customer" c ${joins} WHERE c.id = ${customerId}::uuid AND ${where}
    ) AS member`;
  return row?.member ?? false;
};

/** Which of the given segments the customer belongs to now: their rules read, then one query. */
export const segmentsOfCustomer = async (
  db: Db | Tx,
  customerId: string,
  segmentIds: string[],
  now = new Date(),
): Promise<Set<string>> =>
  segmentIds.length === 0
    ? new Set()
    : segmentsOfCustomerAmong(db, customerId, await getSegmentRules(db, segmentIds), now);

/** Which of these segments, their rules at hand, the customer belongs to now: one query. */
export const segmentsOfCustomerAmong = async (
  db: Db | Tx,
  customerId: string,
  segments: { id: string; rule: SegmentRule }[],
  now = new Date(),
): Promise<Set<string>> => {
  if (segments.length === 0) return new Set();
  const memberOf = segments.map(({ id, rule }) => {
    const { joins, where } = compileSegment(rule, now);
    return Prisma.sql`
      SELECT ${id}::text AS id
      WHERE EXISTS (SELECT 1 FROM "Customer" c ${joins} WHERE c.id = ${customerId}::uuid AND ${where})`;
  });
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.join(memberOf, ' UNION ALL '));
  return new Set(rows.map(({ id }) => id));
};
