import autocannon from 'autocannon';
import { createApiKey } from '@fidele/core/api-keys';
import { getCustomerSummary } from '@fidele/core/customers';
import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import { getPointsOutlook, listHistoryPage, listMovements } from '@fidele/core/ledger';
import { listCustomerPurchases } from '@fidele/core/purchases';
import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import pg from 'pg';
import { driveCore as driveRead } from './drive-core.ts';
import { seedReads } from './reads-seed.ts';
import { benchDatabaseUrl, startBenchApi } from './bench-server.ts';

// A customer's reads (the tills' lookup, rewards and offers; the balance and the history pages of
// the portal and the back office) over BENCH_CUSTOMERS customers (default 1,000,000) with 20
// movements each. See bench/README.md.
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3903;
const NAME = 'fidele_bench_reads';
const KEY = 'fdl_bench_reads_0000000000000000000';
const SAMPLE = 10_000;

const url = benchDatabaseUrl(NAME);

// BENCH_REUSE=1 keeps the database a previous run seeded and only applies new migrations: the
// same data before and after a change.
const REUSE = process.env.BENCH_REUSE === '1';

if (!REUSE) {
  const admin = new pg.Client({ connectionString: benchDatabaseUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(url);
}
await migrate(url, MIGRATIONS_DIR);

const client = new pg.Client({ connectionString: url });
await client.connect();
if (!REUSE) {
  const seedStart = performance.now();
  console.log(`seed ${CUSTOMERS.toLocaleString('en')} customers`);
  await seedReads(client, CUSTOMERS);
  console.log(`seeded and vacuumed in ${((performance.now() - seedStart) / 1_000).toFixed(0)} s`);
}
const { rows: sample } = await client.query<{ id: string; memberCode: string }>(
  `SELECT id, "memberCode" FROM "Customer" ORDER BY random() LIMIT ${SAMPLE}`,
);
await client.end();

const db = createDb(url, { max: CONNECTIONS });
const shop = await db.shop.findFirstOrThrow({ where: { kind: 'STORE' } });
if (!REUSE)
  await db.$transaction((tx) => createApiKey(tx, { shopId: shop.id, name: 'bench', key: KEY }));
const pick = () => sample[Math.floor(Math.random() * sample.length)]!;

type Result = { name: string; rps: number; p50: number; p99: number; errors: number };

/** A REST read, each request for a random customer of the sample. */
const driveRest = async (name: string, path: () => string): Promise<Result> => {
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'GET',
        headers: { authorization: `Bearer ${KEY}` },
        setupRequest: (request) => ({ ...request, path: path() }),
      },
    ],
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
};

/** A procedure's core read, called by CONNECTIONS concurrent loops for SECONDS. */
const driveCore = (name: string, read: () => Promise<unknown>) =>
  driveRead(name, read, { connections: CONNECTIONS, seconds: SECONDS });

// The second page of each history starts after the first: its cursor, read once beforehand.
const secondPages = await Promise.all(
  sample.slice(0, 100).map(async ({ id }) => ({
    id,
    portal: (await listHistoryPage(db, { customerId: id })).nextCursor ?? undefined,
    staff: (await listMovements(db, { customerId: id, take: 10 })).at(-1)?.id,
  })),
);
const pickSecond = () => secondPages[Math.floor(Math.random() * secondPages.length)]!;

const results: Result[] = [];
const api = await startBenchApi(url, PORT);
try {
  results.push(
    await driveRest(
      'GET /customers/lookup',
      () => `/api/v1/customers/lookup?memberCode=${pick().memberCode}`,
    ),
    await driveRest('GET /customers/{id}/rewards', () => `/api/v1/customers/${pick().id}/rewards`),
    await driveRest('GET /customers/{id}/offers', () => `/api/v1/customers/${pick().id}/offers`),
  );
} finally {
  api.kill('SIGTERM');
}
results.push(
  await driveCore('balance (portal me)', () => getCustomerSummary(db, pick().id)),
  await driveCore('points outlook', () => getPointsOutlook(db, pick().id, PROGRAMME_TIME_ZONE)),
  await driveCore('portal history, page 1', () => listHistoryPage(db, { customerId: pick().id })),
  await driveCore('portal history, page 2', () => {
    const { id, portal } = pickSecond();
    return listHistoryPage(db, { customerId: id, cursor: portal });
  }),
  await driveCore('portal history, STORE only', () =>
    listHistoryPage(db, { customerId: pick().id, channel: 'STORE' }),
  ),
  await driveCore('admin ledger, page 1', () =>
    listMovements(db, { customerId: pick().id, take: 20 }),
  ),
  await driveCore('admin ledger, page 2', () => {
    const { id, staff } = pickSecond();
    return listMovements(db, { customerId: id, take: 20, cursor: staff });
  }),
  await driveCore('admin purchases', () =>
    listCustomerPurchases(db, {
      customerId: pick().id,
      allShops: true,
      staffUserId: '00000000-0000-0000-0000-000000000000',
    }),
  ),
);
await db.$disconnect();

console.log(
  `\n${CUSTOMERS.toLocaleString('en')} customers, ${CONNECTIONS} connections, ${SECONDS} s each\n`,
);
console.table(
  results.map((r) => ({
    read: r.name,
    'req/s': Math.round(r.rps),
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    errors: r.errors,
  })),
);
console.log('Target: p99 < 10 ms.');
