import type pg from 'pg';
import { endBulkLoad, inBatches, startBulkLoad, withoutSecondaryIndexes } from './bulk-load.ts';

// The seed of `bench/tiers-and-segments.ts`: `customers` customers spread over four tiers, with
// three qualifying earnings and two purchases each over the 18 months before `asOf`, written
// set-based in batches. The review and the segments read movements, purchases and the customer's
// activity summary, nothing else of the ledger: the ledger entries behind the movements are left
// out, so the ledger's triggers are off for the seed (see bulk-load.ts).

const BATCH = 250_000;
/** A customer, three movements and two purchases. */
const ROWS_PER_CUSTOMER = 6;
const BULK_TABLES = ['Customer', 'Movement', 'Purchase'];

// Customer i's tier rank and warning, as seeded and as `restoreStandings` puts them back. Tiers
// are spread as a real programme's would be; a seventh of the customers were warned 40 days ago
// (past the 30-day grace), so the review has downgrades, warnings and forgiveness to do.
const seededRank = (i: string) =>
  `CASE WHEN ${i} % 10 < 6 THEN 0 WHEN ${i} % 10 < 8 THEN 1 WHEN ${i} % 10 < 9 THEN 2 ELSE 3 END`;
const seededAtRisk = (i: string, asOf: string) =>
  `CASE WHEN ${i} % 7 = 0 THEN ${asOf} - interval '40 days' END`;

const seedProgramme = (db: pg.Client) =>
  db.query(`
    INSERT INTO "Tier" (code, name, rank, threshold, "earnMultiplier") VALUES
      ('SILVER', 'Silver', 1, 500, 110), ('GOLD', 'Gold', 2, 1000, 125), ('PLATINUM', 'Platinum', 3, 2500, 150);
    INSERT INTO "Shop" (name, kind) VALUES ('Bench store', 'STORE'), ('Bench e-shop', 'ESHOP')`);

/** Customers `from`..`to` with their movements and purchases, in one transaction. */
const seedBatch = async (db: pg.Client, from: number, to: number, asOf: Date) => {
  await db.query('BEGIN');
  await db.query(
    `CREATE TEMP TABLE batch ON COMMIT DROP AS
     SELECT i, gen_random_uuid() AS id, ${seededRank('i')} AS rank
     FROM generate_series($1::int, $2::int) i`,
    [from, to],
  );
  // Two purchases each, in the shop or online (three in ten), over the last 18 months.
  await db.query(
    `CREATE TEMP TABLE bought ON COMMIT DROP AS
     SELECT b.i, b.id AS customer, n, CASE WHEN random() < 0.3 THEN 'ESHOP' ELSE 'STORE' END AS channel,
            (random() * 20000)::int AS amount, $1::timestamptz - random() * interval '540 days' AS at
     FROM batch b CROSS JOIN generate_series(1, 2) n`,
    [asOf],
  );
  // With the activity summary the platform keeps as customers act (customerActivityUpdate).
  await db.query(
    `INSERT INTO "Customer" (id, "memberCode", email, "firstName", "cardSecret", "tierId", "tierAtRiskSince",
                             "emailConsentAt", "channelsUsed", "lastPurchaseAt", "createdAt", "updatedAt")
     SELECT b.id, lpad(b.i::text, 12, '0'), 'bench-' || b.i || '@example.com', 'Bench', upper(md5(b.id::text)), t.id,
            ${seededAtRisk('b.i', '$1::timestamptz')},
            CASE WHEN b.i % 3 = 0 THEN $1::timestamptz END, used.channels, used.last,
            $1::timestamptz - interval '600 days', $1::timestamptz
     FROM batch b
     JOIN "Tier" t ON t.rank = b.rank
     JOIN (SELECT customer, array_agg(DISTINCT channel::"Channel") AS channels, max(at) AS last
           FROM bought GROUP BY customer) used ON used.customer = b.id
     ORDER BY b.i`,
    [asOf],
  );
  await db.query(
    `INSERT INTO "Purchase" ("shopId", "externalId", "customerId", channel, amount, currency, "occurredAt", "createdAt")
     SELECT s.id, lpad(p.i::text, 12, '0') || ':' || p.n, p.customer, p.channel::"Channel", p.amount, 'EUR', p.at, p.at
     FROM bought p JOIN "Shop" s ON s.kind::text = p.channel
     ORDER BY p.at`,
  );
  // Three qualifying earnings each over the last 18 months: some fall outside the 12-month
  // window. Recorded in time order within the batch, as a live programme appends them.
  await db.query(
    `INSERT INTO "Movement" (seq, "customerId", type, channel, points, "sourceType", "sourceId", qualifying, "createdAt")
     SELECT ($1::bigint - 1) * 3 + row_number() OVER (ORDER BY at), customer, 'EARN', 'STORE', points, 'BENCH',
            customer::text || ':' || n, true, at
     FROM (SELECT b.id AS customer, n, (random() * 600)::int + 1 AS points,
                  $2::timestamptz - random() * interval '540 days' AS at
           FROM batch b CROSS JOIN generate_series(1, 3) n) m
     ORDER BY at`,
    [from, asOf],
  );
  await db.query('COMMIT');
};

/**
 * Seeds the migrated database behind `db` with `customers` customers and their history as it
 * stands at `asOf`.
 */
export const seedTiers = async (db: pg.Client, customers: number, asOf: Date) => {
  await startBulkLoad(db, BULK_TABLES);
  await seedProgramme(db);
  await withoutSecondaryIndexes(db, BULK_TABLES, () =>
    inBatches({ customers, batch: BATCH, rowsPerCustomer: ROWS_PER_CUSTOMER }, (from, to) =>
      seedBatch(db, from, to, asOf),
    ),
  );
  await db.query(
    `SELECT setval(pg_get_serial_sequence('"Movement"', 'seq'), (SELECT max(seq) FROM "Movement"))`,
  );
  await db.query(
    `CREATE TABLE bench_seed AS SELECT $1::int AS customers, $2::timestamptz AS "asOf"`,
    [customers, asOf],
  );
  await endBulkLoad(db, BULK_TABLES);
};

/** What the database behind `db` was seeded with, if `seedTiers` finished seeding it. */
export const seededWith = async (
  db: pg.Client,
): Promise<{ customers: number; asOf: Date } | undefined> => {
  const { rows: table } = await db.query(`SELECT to_regclass('bench_seed') AS name`);
  if (!table[0].name) return undefined;
  const { rows } = await db.query<{ customers: number; asOf: Date }>(
    `SELECT customers, "asOf" FROM bench_seed`,
  );
  return rows[0];
};

/**
 * Puts every customer back on the tier and warning the seed gave them, and forgets the tier
 * changes, so a reused database is reviewed from the same state as a fresh one. The rows put back
 * are new row versions wherever there was room, which would leave every customer a review
 * changes together at the end of the table: the table is rewritten in the seed's order, as a
 * fresh seed lays it out (pages filled to the table's fillfactor). Returns how many customers it
 * put back.
 */
export const restoreStandings = async (db: pg.Client, asOf: Date): Promise<number> => {
  const { rows } = await db.query<{ restored: number }>(
    `WITH seeded AS (
       SELECT c.id, t.id AS "tierId", ${seededAtRisk('i', '$1::timestamptz')} AS "tierAtRiskSince"
       FROM "Customer" c CROSS JOIN LATERAL (SELECT c."memberCode"::int AS i) n
       JOIN "Tier" t ON t.rank = ${seededRank('i')}
     ), restored AS (
       UPDATE "Customer" c SET "tierId" = s."tierId", "tierAtRiskSince" = s."tierAtRiskSince"
       FROM seeded s
       WHERE c.id = s.id AND (c."tierId", c."tierAtRiskSince") IS DISTINCT FROM (s."tierId", s."tierAtRiskSince")
       RETURNING 1
     ), forgotten AS (DELETE FROM "TierChange")
     SELECT count(*)::int AS restored FROM restored`,
    [asOf],
  );
  const restored = rows[0]!.restored;
  if (restored > 0) {
    await db.query('CLUSTER "Customer" USING "Customer_memberCode_key"');
    await db.query('VACUUM ANALYZE "Customer", "TierChange"');
  }
  return restored;
};
