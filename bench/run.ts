import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { createApiKey } from '@fidele/core/api-keys';
import { createCustomer } from '@fidele/core/customers';
import { recordMovement } from '@fidele/core/ledger';
import { generateDiscountCode } from '@fidele/core/rewards';
import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import pg from 'pg';

// POS hot paths under load, beside PostgreSQL's own TPC-B-like baseline on the same server, in one
// run. See bench/README.md.
const SERVER = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PORT = 3902;
const KEY = 'fdl_bench_000000000000000000000000';

const databaseUrl = (name: string) => {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
};

const recreate = async (name: string) => {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
  await ensureDatabase(databaseUrl(name));
};

const seed = async (url: string, codesNeeded: number) => {
  await migrate(url, MIGRATIONS_DIR);
  const db = createDb(url, { max: 4 });
  const shop = await db.shop.create({ data: { name: 'Bench store', kind: 'STORE' } });
  await db.$transaction((tx) => createApiKey(tx, { shopId: shop.id, name: 'bench', key: KEY }));
  const customers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      db.$transaction(async (tx) => {
        const customer = await createCustomer(tx, {
          email: `bench-${i}@example.com`,
          firstName: 'Bench',
        });
        await recordMovement(tx, {
          customerId: customer.id,
          type: 'ADJUST',
          channel: 'ADMIN',
          points: 1_000,
          source: { type: 'BENCH' },
        });
        return customer;
      }),
    ),
  );
  // Codes are seeded in bulk: the benchmark measures redeeming them, not issuing them.
  const codes = Array.from({ length: codesNeeded }, generateDiscountCode);
  const now = new Date();
  for (let i = 0; i < codes.length; i += 5_000)
    await db.discountCode.createMany({
      data: codes.slice(i, i + 5_000).map((code, j) => ({
        code,
        customerId: customers[(i + j) % customers.length]!.id,
        discountType: 'FIXED_AMOUNT',
        discountValue: 500,
        currency: 'EUR',
        channels: 'BOTH',
        validFrom: now,
        validUntil: new Date(now.getTime() + 86_400_000),
      })),
    });
  await db.$disconnect();
  return { codes, memberCodes: customers.map((c) => c.memberCode) };
};

const startApi = async (url: string) => {
  // e.g. BENCH_API_NODE_FLAGS=--cpu-prof to profile the server under load.
  const flags = process.env.BENCH_API_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'apps/api/src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      API_PORT: String(PORT),
      LOG_LEVEL: 'error',
      API_PROCESSES: process.env.API_PROCESSES ?? '2',
      API_RATE_LIMIT_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/v1/health`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The API server did not start');
};

type Load = { name: string; path: string; body: (i: number) => object };

const drive = async ({ name, path, body }: Load) => {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path,
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(body(i++)) }),
      },
    ],
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    requests: result.requests.total,
  };
};

const pgbenchTps = (name: string) => {
  const url = databaseUrl(name);
  execFileSync('pgbench', ['-i', '-q', '-s', '10', url], { stdio: 'ignore' });
  const out = execFileSync(
    'pgbench',
    ['-c', String(CONNECTIONS), '-j', '2', '-T', String(SECONDS), '-M', 'prepared', url],
    {
      encoding: 'utf8',
    },
  );
  const tps = /tps = ([\d.]+)/.exec(out)?.[1];
  if (!tps) throw new Error(`Could not read pgbench's tps:\n${out}`);
  return Number(tps);
};

const BENCH_DB = 'fidele_bench';
const PGBENCH_DB = 'fidele_pgbench';
await recreate(BENCH_DB);
await recreate(PGBENCH_DB);
// Enough codes for the fastest plausible run; each request redeems a fresh one.
const { codes, memberCodes } = await seed(databaseUrl(BENCH_DB), 40_000 * Math.ceil(SECONDS / 10));
const api = await startApi(databaseUrl(BENCH_DB));
try {
  const runId = randomUUID().slice(0, 8);
  const results = [
    await drive({
      name: 'POST /codes/redeem',
      path: '/api/v1/codes/redeem',
      body: (i) => ({ code: codes[i % codes.length], basketAmount: 5_000, currency: 'EUR' }),
    }),
    await drive({
      name: 'POST /purchases',
      path: '/api/v1/purchases',
      body: (i) => ({
        externalId: `bench-${runId}-${i}`,
        memberCode: memberCodes[i % memberCodes.length],
        amount: 4_250,
        currency: 'EUR',
        occurredAt: new Date().toISOString(),
      }),
    }),
  ];
  const tps = pgbenchTps(PGBENCH_DB);
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s each, PostgreSQL at ${new URL(SERVER).host}\n`,
  );
  console.table(
    results.map((r) => ({
      endpoint: r.name,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors,
      requests: r.requests,
      'ratio to pgbench': Number((r.rps / tps).toFixed(2)),
    })),
  );
  console.log(
    `pgbench TPC-B-like (scale 10, ${CONNECTIONS} clients, prepared): ${Math.round(tps)} tps`,
  );
  console.log('Targets: ratio ≥ 0.5, p99 < 25 ms, 0 errors.');
} finally {
  api.kill('SIGTERM');
}
