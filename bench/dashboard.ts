import { addDays } from '@fidele/core/calendar';
import {
  type DashboardScope,
  defaultRange,
  readChannelFlows,
  readDashboard,
  rollUpActivity,
} from '@fidele/core/dashboard';
import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import pg from 'pg';
import { benchDatabaseUrl } from './bench-server.ts';
import { timed } from './bulk-load.ts';
import { driveCore } from './drive-core.ts';
import { seedReads } from './reads-seed.ts';

// The admin dashboard over the programme `bench:reads` seeds (BENCH_CUSTOMERS customers, default
// 1,000,000, with 20 movements each: 20 million movements, 40 million ledger entries, 8 million
// purchases), on the same database: BENCH_REUSE=1 keeps what an earlier run of either seeded.
// Rolls the programme's history up as the worker would, then times the dashboard's read for
// several ranges and scopes, and the between-channels read. See bench/README.md. Target: p95 < 1 s.
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const NAME = 'fidele_bench_reads';
const REUSE = process.env.BENCH_REUSE === '1';
const url = benchDatabaseUrl(NAME);

if (!REUSE) {
  const admin = new pg.Client({ connectionString: benchDatabaseUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(url);
}
await migrate(url, MIGRATIONS_DIR);
if (!REUSE) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await timed(`seed ${CUSTOMERS.toLocaleString('en')} customers`, () =>
    seedReads(client, CUSTOMERS),
  );
  await client.end();
}

const db = createDb(url, { max: CONNECTIONS + 2 });
const now = new Date();
// As the worker does, run after run, until every closed day is rolled up (on a reused database,
// what an earlier run rolled up stays: only the last week is rolled again).
await timed('roll the history up', async () => {
  for (let runs = 1; ; runs++) {
    const rolledUp = () => db.rolledUpDay.count({ where: { buyersRolledUp: true } });
    const before = await rolledUp();
    await rollUpActivity(db, now);
    if ((await rolledUp()) === before) return console.log(`${runs} runs`);
  }
});
// As autovacuum keeps a live database (this server may run without it): the visibility map that
// index-only scans rely on, and fresh statistics after the migrations and the rollup.
await timed('vacuum and analyse', () => db.$executeRawUnsafe('VACUUM ANALYZE'));
const rows = await db.dailyActivity.count();
console.log(`${rows.toLocaleString('en')} rollup rows`);

const last30 = defaultRange(now, PROGRAMME_TIME_ZONE);
const lastYear = { from: addDays(last30.to, -365), to: last30.to };
const before = { from: addDays(last30.from, -90), to: addDays(last30.from, -61) };
const shop = await db.shop.findFirstOrThrow({ where: { kind: 'STORE' } });
const scenarios: { name: string; range: { from: string; to: string }; scope: DashboardScope }[] = [
  { name: 'last 30 days, all shops', range: last30, scope: { allShops: true } },
  { name: 'last 366 days, all shops', range: lastYear, scope: { allShops: true } },
  { name: '30 days three months ago', range: before, scope: { allShops: true } },
  {
    name: 'last 30 days, one shop',
    range: last30,
    scope: { allShops: false, shopIds: [shop.id] },
  },
];
const results = [];
for (const { name, range, scope } of scenarios)
  results.push(
    await driveCore(name, () => readDashboard(db, { range, scope, now }), {
      connections: CONNECTIONS,
      seconds: SECONDS,
    }),
  );
// Between channels loads beside the figures, on its own.
results.push(
  await driveCore(
    'between channels, last 30 days',
    () => readChannelFlows(db, { range: last30, scope: { allShops: true }, now }),
    { connections: CONNECTIONS, seconds: SECONDS },
  ),
);
await db.$disconnect();

console.log(
  `\n${CUSTOMERS.toLocaleString('en')} customers, ${CONNECTIONS} connections, ${SECONDS} s each\n`,
);
console.table(
  results.map((r) => ({
    read: r.name,
    'req/s': Number(r.rps.toFixed(1)),
    'p50 ms': r.p50,
    'p95 ms': r.p95,
    'p99 ms': r.p99,
    errors: r.errors,
  })),
);
console.log('Target: p95 < 1 s.');
