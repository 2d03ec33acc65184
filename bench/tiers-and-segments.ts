import { countSegment, type SegmentRule } from '@fidele/core/segments';
import { reviewTiers } from '@fidele/core/tiers';
import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import pg from 'pg';

// The daily tier review and segment counts over a large programme: BENCH_CUSTOMERS customers
// (default 1,000,000) with an earning and purchase history. See bench/README.md.
const SERVER = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const NAME = 'fidele_bench_tiers';

const url = new URL(SERVER);
url.pathname = `/${NAME}`;
const admin = new URL(SERVER);
admin.pathname = '/postgres';

const timed = async <T>(label: string, run: () => Promise<T>) => {
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1_000;
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return { result, seconds };
};

const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
await client.end();
await ensureDatabase(url.toString());
await migrate(url.toString(), MIGRATIONS_DIR);

const db = new pg.Client({ connectionString: url.toString() });
await db.connect();
await timed(`seed ${CUSTOMERS.toLocaleString('en')} customers and their history`, async () => {
  await db.query(`
    INSERT INTO "Tier" (code, name, rank, threshold, "earnMultiplier") VALUES
      ('SILVER', 'Silver', 1, 500, 110), ('GOLD', 'Gold', 2, 1000, 125), ('PLATINUM', 'Platinum', 3, 2500, 150)`);
  // Tiers are spread as a real programme's would be; a seventh of the customers were warned 40
  // days ago (past the 30-day grace), so the review has downgrades, warnings and forgiveness to do.
  await db.query(
    `INSERT INTO "Customer" (id, "memberCode", email, "firstName", "tierId", "tierAtRiskSince", "emailConsentAt")
     SELECT gen_random_uuid(), lpad(i::text, 12, '0'), 'bench-' || i || '@example.com', 'Bench',
            (SELECT id FROM "Tier" WHERE rank = (CASE WHEN i % 10 < 6 THEN 0 WHEN i % 10 < 8 THEN 1 WHEN i % 10 < 9 THEN 2 ELSE 3 END)),
            CASE WHEN i % 7 = 0 THEN now() - interval '40 days' END,
            CASE WHEN i % 3 = 0 THEN now() END
     FROM generate_series(1, $1::int) AS i`,
    [CUSTOMERS],
  );
  // Three qualifying earnings each over the last 18 months: some fall outside the 12-month window.
  // The review reads movements only, so the ledger entries behind them are left out here.
  await db.query(
    `ALTER TABLE "Movement" DISABLE TRIGGER "Movement_append_only";
     INSERT INTO "Movement" ("customerId", type, channel, points, "sourceType", "sourceId", qualifying, "createdAt")
     SELECT c.id, 'EARN', 'STORE', (random() * 600)::int + 1, 'BENCH', c.id::text || ':' || n, true,
            now() - random() * interval '540 days'
     FROM "Customer" c CROSS JOIN generate_series(1, 3) AS n;
     ALTER TABLE "Movement" ENABLE TRIGGER "Movement_append_only"`,
  );
  // Two purchases each, in a shop or online, over the last 18 months.
  await db.query(
    `INSERT INTO "Shop" (name, kind) VALUES ('Bench store', 'STORE'), ('Bench e-shop', 'ESHOP');
     INSERT INTO "Purchase" ("shopId", "externalId", "customerId", channel, amount, currency, "occurredAt")
     SELECT CASE WHEN r.online THEN e.id ELSE st.id END, c."memberCode" || ':' || n, c.id,
            (CASE WHEN r.online THEN 'ESHOP' ELSE 'STORE' END)::"Channel", (random() * 20000)::int, 'EUR',
            now() - random() * interval '540 days'
     FROM "Customer" c CROSS JOIN generate_series(1, 2) AS n
     CROSS JOIN LATERAL (SELECT random() + 0 * n + 0 * length(c.id::text) < 0.3 AS online) r
     CROSS JOIN (SELECT id FROM "Shop" WHERE kind = 'STORE') st
     CROSS JOIN (SELECT id FROM "Shop" WHERE kind = 'ESHOP') e;
     -- The activity summary the platform keeps as customers act (customerActivityUpdate).
     UPDATE "Customer" c SET "channelsUsed" = used.channels, "lastPurchaseAt" = used.last
     FROM (SELECT "customerId", array_agg(DISTINCT channel) AS channels, MAX("occurredAt") AS last
           FROM "Purchase" GROUP BY "customerId") used
     WHERE used."customerId" = c.id`,
  );
  // As autovacuum leaves a settled table: statistics and the visibility map index-only scans use.
  await db.query('VACUUM ANALYZE');
});
await db.end();

const prisma = createDb(url.toString(), { max: 2 });
const now = new Date();
const first = await timed('tier review', () => reviewTiers(prisma, now));
console.log(
  `  ${JSON.stringify(first.result)} — ${Math.round(CUSTOMERS / first.seconds).toLocaleString('en')} customers/s (target: < 60 s)`,
);
const second = await timed('tier review again, same time', () => reviewTiers(prisma, now));
console.log(`  ${JSON.stringify(second.result)} (nothing left to do)`);

const tiers = await prisma.tier.findMany({ where: { rank: { gte: 2 } }, select: { id: true } });
const segments: [string, SegmentRule][] = [
  [
    'Gold and above who accept email',
    {
      combinator: 'and',
      rules: [
        { field: 'tier', tierIds: tiers.map((tier) => tier.id) },
        { field: 'consent', channel: 'email', given: true },
      ],
    },
  ],
  [
    'earned 500+ points in a year',
    {
      combinator: 'and',
      rules: [{ field: 'pointsEarned', days: 365, compare: { op: 'gte', value: 500 } }],
    },
  ],
  [
    'big recent spenders, or customers of both channels',
    {
      combinator: 'or',
      rules: [
        {
          combinator: 'and',
          rules: [
            { field: 'amountSpent', days: 180, compare: { op: 'gte', value: 15_000 } },
            { field: 'lastPurchase', when: 'within', days: 90 },
          ],
        },
        { field: 'channelsUsed', match: 'all', channels: ['STORE', 'ESHOP'] },
      ],
    },
  ],
];
for (const [label, rule] of segments) {
  const { result, seconds } = await timed(`segment count: ${label}`, () =>
    countSegment(prisma, rule, now),
  );
  console.log(
    `  ${result.toLocaleString('en')} members — ${Math.round(CUSTOMERS / seconds).toLocaleString('en')} customers/s (target: < 2 s)`,
  );
}
await prisma.$disconnect();
