import { reviewTiers } from '@fidele/core/tiers';
import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import pg from 'pg';

// The daily tier review over a large programme: BENCH_CUSTOMERS customers (default 1,000,000) with
// an earning history, reviewed twice (the second run must find nothing to do). See bench/README.md.
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
    `INSERT INTO "Customer" (id, "memberCode", email, "firstName", "tierId", "tierAtRiskSince")
     SELECT gen_random_uuid(), lpad(i::text, 12, '0'), 'bench-' || i || '@example.com', 'Bench',
            (SELECT id FROM "Tier" WHERE rank = (CASE WHEN i % 10 < 6 THEN 0 WHEN i % 10 < 8 THEN 1 WHEN i % 10 < 9 THEN 2 ELSE 3 END)),
            CASE WHEN i % 7 = 0 THEN now() - interval '40 days' END
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
     ALTER TABLE "Movement" ENABLE TRIGGER "Movement_append_only";
     ANALYZE`,
  );
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
await prisma.$disconnect();
