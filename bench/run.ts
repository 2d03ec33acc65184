import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApiKey } from '@fidele/core/api-keys';
import { cardToken, createCustomer } from '@fidele/core/customers';
import { programmeAccountCode, programmeSlotCode, recordMovement } from '@fidele/core/ledger';
import { generateDiscountCode } from '@fidele/core/rewards';
import { createDb, type Db } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import pg from 'pg';
import { BENCH_SERVER, benchDatabaseUrl, startBenchApi } from './bench-server.ts';
import { drivePlays, seedPlays } from './plays.ts';
import { printStatementProfiles, statementCounter } from './statements.ts';

// POS hot paths under load, beside PostgreSQL's own TPC-B-like baseline on the same server, in one
// run. See bench/README.md.
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** Endpoints to drive, by path (`BENCH_ONLY=/purchases,/codes/redeem`); all by default. */
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const wanted = (name: string) => !ONLY || ONLY.includes(name.split(' ')[1]!);
const PORT = 3902;
const KEY = 'fdl_bench_000000000000000000000000';

const recreate = async (name: string) => {
  const client = new pg.Client({ connectionString: benchDatabaseUrl('postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
  await ensureDatabase(benchDatabaseUrl(name));
};

const CUSTOMERS = 200;
/** Each claim spends this on a reward with unlimited stock; customers get a thousand claims each. */
const CLAIM_COST = 10;

type Customer = { id: string; memberCode: string; cardSecret: string };

const cards = new Map<string, ReturnType<typeof cardToken>>();

/** The token the customer's card shows now, as a till scans it: tokens rotate every 30 s. */
const currentCard = (customer: Customer) => {
  let card = cards.get(customer.id);
  if (!card || card.refreshAt.getTime() <= Date.now()) {
    card = cardToken(customer.memberCode, customer.cardSecret);
    cards.set(customer.id, card);
  }
  return card.token;
};

const seedCodes = async (db: Db, customerIds: string[], count: number) => {
  const codes = Array.from({ length: count }, generateDiscountCode);
  const now = new Date();
  for (let i = 0; i < codes.length; i += 5_000)
    await db.discountCode.createMany({
      data: codes.slice(i, i + 5_000).map((code, j) => ({
        code,
        customerId: customerIds[(i + j) % customerIds.length]!,
        discountType: 'FIXED_AMOUNT',
        discountValue: 500,
        currency: 'EUR',
        channels: 'BOTH',
        validFrom: now,
        validUntil: new Date(now.getTime() + 86_400_000),
      })),
    });
  return codes;
};

/**
 * Private sales on now in the bench's shop, every customer invited to each and accepted (their
 * places taken), set-based: each check-in of the load gets a fresh code. Each check-in earns
 * points, the heavier path (the movement is planned, then written with the check-in).
 */
const seedInvitations = async (db: Db, shopId: string, customerIds: string[], count: number) => {
  const rows = await db.$queryRaw<{ code: string }[]>`
    WITH sales AS (
      INSERT INTO "PrivateSale" ("nameEn", "nameFr", "shopId", "startsAt", "endsAt", capacity,
                                 "placesTaken", "checkInPoints")
      SELECT 'Bench sale ' || n, 'Vente du banc ' || n, ${shopId}::uuid, now() - interval '1 hour',
             now() + interval '1 day', ${customerIds.length}::int, ${customerIds.length}::int, 50
      FROM generate_series(1, ${Math.ceil(count / customerIds.length)}::int) n
      RETURNING id
    )
    INSERT INTO "Invitation" ("privateSaleId", "customerId", code, status, "answeredAt")
    SELECT s.id, c.id, 'INV-' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)),
           'ACCEPTED', now()
    FROM sales s CROSS JOIN unnest(${customerIds}::uuid[]) AS c(id)
    RETURNING code`;
  return rows.map((row) => row.code).sort(() => Math.random() - 0.5);
};

const seed = async (url: string, codesNeeded: number) => {
  await migrate(url, MIGRATIONS_DIR);
  const db = createDb(url, { max: 4 });
  const shop = await db.shop.create({ data: { name: 'Bench store', kind: 'STORE' } });
  await db.$transaction((tx) => createApiKey(tx, { shopId: shop.id, name: 'bench', key: KEY }));
  // A few at a time: the pool has four connections, and a transaction waits two seconds at most.
  const created: string[] = [];
  while (created.length < CUSTOMERS) {
    const batch = Array.from({ length: 20 }, (_, j) => created.length + j);
    created.push(
      ...(await Promise.all(
        batch.map((i) =>
          db.$transaction(async (tx) => {
            const customer = await createCustomer(tx, {
              email: `bench-${i}@example.com`,
              firstName: 'Bench',
              signUpSource: 'SHOP',
            });
            await recordMovement(tx, {
              customerId: customer.id,
              type: 'ADJUST',
              channel: 'ADMIN',
              points: 1_000 * CLAIM_COST,
              source: { type: 'BENCH' },
            });
            return customer.id;
          }),
        ),
      )),
    );
  }
  console.log(`seeded ${CUSTOMERS} customers with points`);
  const customers = await db.customer.findMany({
    where: { id: { in: created } },
    select: { id: true, memberCode: true, cardSecret: true },
  });
  const reward = await db.reward.create({
    data: {
      nameEn: 'Bench treat',
      nameFr: 'Petit plaisir',
      pointsCost: CLAIM_COST,
      discountType: 'FIXED_AMOUNT',
      discountValue: 100,
      channels: 'BOTH',
      validityDays: 30,
    },
  });
  // Codes are seeded in bulk: the benchmark measures redeeming them, not issuing them.
  const codes = await seedCodes(db, created, codesNeeded);
  console.log(`seeded ${codes.length.toLocaleString('en')} codes to redeem`);
  // As many again, redeemed set-based through the function the API calls, for the rollbacks.
  const redeemed = await seedCodes(db, created, codesNeeded);
  await db.$executeRaw`
    SELECT redeem_discount_code(c.id, gen_random_uuid(), ${shop.id}::uuid, NULL, 'STORE', 5000,
      'EUR', 500, NULL, now(), 201, '{}'::jsonb, NULL, NULL)
    FROM "DiscountCode" c WHERE c.code = ANY(${redeemed}::text[])`;
  console.log(`seeded ${redeemed.length.toLocaleString('en')} redemptions to roll back`);
  const invitations = await seedInvitations(db, shop.id, created, codesNeeded);
  console.log(`seeded ${invitations.length.toLocaleString('en')} accepted invitations to check in`);
  const plays = await seedPlays(db);
  await db.$disconnect();
  return { codes, customers, rewardId: reward.id, plays, invitations };
};

/** One request of a load: the n-th gets its own path and body. */
type Load = {
  name: string;
  method?: 'GET' | 'POST';
  request: (i: number) => { path: string; body?: object };
};

const headers = { authorization: `Bearer ${KEY}` };

/** Sends the load for SECONDS, or `amount` requests when seeding through the API. */
const drive = async ({ name, method = 'POST', request }: Load, amount?: number) => {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: SECONDS }),
    requests: [
      {
        method,
        headers: method === 'POST' ? { ...headers, 'content-type': 'application/json' } : headers,
        setupRequest: (req) => {
          const { path, body } = request(i++);
          return { ...req, path: `/api/v1${path}`, ...(body && { body: JSON.stringify(body) }) };
        },
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

/** pgbench at the bench's connections and duration, prepared; its throughput. */
const runPgbench = (args: string[]) => {
  const out = execFileSync(
    'pgbench',
    ['-c', String(CONNECTIONS), '-j', '2', '-T', String(SECONDS), '-M', 'prepared', ...args],
    { encoding: 'utf8' },
  );
  const tps = /tps = ([\d.]+)/.exec(out)?.[1];
  const transactions = /number of transactions actually processed: (\d+)/.exec(out)?.[1];
  if (!tps || !transactions) throw new Error(`Could not read pgbench's tps:\n${out}`);
  return { tps: Number(tps), transactions: Number(transactions) };
};

/** pgbench's TPC-B-like throughput, and the WAL each of its transactions writes. */
const pgbenchRun = async (name: string) => {
  const url = benchDatabaseUrl(name);
  execFileSync('pgbench', ['-i', '-q', '-s', '10', url], { stdio: 'ignore' });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lsn = async () =>
    (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn;
  const before = await lsn();
  const { tps, transactions } = runPgbench([url]);
  const { rows } = await client.query<{ bytes: string }>(
    'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS bytes',
    [before],
  );
  await client.end();
  // The whole server's WAL: pgbench runs alone, after the API's loads.
  return { tps, walBytesPerTransaction: Number(rows[0]!.bytes) / transactions };
};

/**
 * The ledger's own write alone: `write_movement` crediting a random bench customer (a movement,
 * its two entries, two account rows, a point lot, the ledger's checks and foreign keys), run by
 * pgbench on the bench's database as its TPC-B transactions are run. What any till write that
 * moves points can at most do on this server, with no API, HTTP or read in the way.
 */
const ledgerWriteRun = async (url: string, customerIds: string[]) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE bench_writer (n int PRIMARY KEY, customer uuid, slot text)`);
  await client.query(
    `INSERT INTO bench_writer SELECT n, c, s FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS w(c, s, n)`,
    [
      customerIds,
      customerIds.map((id) => programmeSlotCode(programmeAccountCode('EARN', 'STORE'), id)),
    ],
  );
  await client.end();
  // No literal with a colon: pgbench would read it as a variable.
  const script = join(mkdtempSync(join(tmpdir(), 'fidele-bench-')), 'ledger-write.sql');
  writeFileSync(
    script,
    `\\set i random(1, ${customerIds.length})
SELECT write_movement(gen_random_uuid(), w.customer, 'EARN', 'STORE', 10, 'BENCH',
  gen_random_uuid()::text, NULL, NULL, true, 10, 0, 0, '', '', w.slot, false, NULL,
  gen_random_uuid(), false)
FROM bench_writer w WHERE w.n = :i;
`,
  );
  return runPgbench(['-n', '-f', script, url]).tps;
};

const BENCH_DB = 'fidele_bench';
const PGBENCH_DB = 'fidele_pgbench';
await recreate(BENCH_DB);
await recreate(PGBENCH_DB);
// Enough codes for the fastest plausible run; each request redeems a fresh one.
const { codes, customers, rewardId, plays, invitations } = await seed(
  benchDatabaseUrl(BENCH_DB),
  40_000 * Math.ceil(SECONDS / 10),
);
const bench = new pg.Client({ connectionString: benchDatabaseUrl(BENCH_DB) });
await bench.connect();
const column = async (sql: string) =>
  (await bench.query<{ value: string }>(sql)).rows.map((row) => row.value);
const statements = await statementCounter(bench);
/** One load, with the statements PostgreSQL ran for it when it can count them. */
const measure = async (load: Load | { name: string; run: () => ReturnType<typeof drive> }) => {
  if (!wanted(load.name)) return undefined;
  // As autovacuum keeps a live database (it is off on some servers, CI's among them): the
  // planner's statistics and the visibility map as the earlier loads left the tables, and kept
  // up while a load makes its tables grow many times over (plans made for a table of 200 rows,
  // foreign key checks among them, would otherwise scan it whole for the rest of the load).
  await bench.query('VACUUM ANALYZE');
  await statements?.reset();
  const analyzing = setInterval(() => void bench.query('ANALYZE'), 2_000);
  const result = await ('run' in load ? load.run() : drive(load)).finally(() =>
    clearInterval(analyzing),
  );
  return { ...result, statements: await statements?.read(result.requests) };
};
const api = await startBenchApi(benchDatabaseUrl(BENCH_DB), PORT);
try {
  const runId = randomUUID().slice(0, 8);
  const anyCustomer = () => customers[Math.floor(Math.random() * customers.length)]!;
  const purchase = (externalId: string, i: number) => ({
    path: '/purchases',
    body: {
      externalId,
      memberCode: customers[i % customers.length]!.memberCode,
      amount: 4_250,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    },
  });
  const results = [
    await measure({
      name: 'GET /customers/lookup',
      method: 'GET',
      request: () => ({ path: `/customers/lookup?memberCode=${anyCustomer().memberCode}` }),
    }),
    await measure({
      name: 'POST /codes/redeem',
      request: (i) => ({
        path: '/codes/redeem',
        body: { code: codes[i % codes.length], basketAmount: 5_000, currency: 'EUR' },
      }),
    }),
  ];
  // Every redemption still completed: the seeded ones and the run's, each rolled back once.
  const redemptions = await column(
    `SELECT id::text AS value FROM "Redemption" WHERE status = 'COMPLETED' ORDER BY random()`,
  );
  results.push(
    await measure({
      name: 'POST /redemptions/{id}/rollback',
      request: (i) => ({
        path: `/redemptions/${redemptions[i % redemptions.length]}/rollback`,
        body: {},
      }),
    }),
    await measure({ name: 'POST /purchases', request: (i) => purchase(`bench-${runId}-${i}`, i) }),
  );
  const REFUNDS = 'POST /purchases/{externalId}/refunds';
  if (wanted(REFUNDS)) {
    // The purchases to refund: the run's, and half as many again sent through the API now.
    const made = results.at(-1)?.name === 'POST /purchases' ? results.at(-1)!.requests : 0;
    const more = made > 0 ? Math.ceil(made / 2) : 500 * SECONDS;
    console.log(`seeding ${more} more purchases to refund…`);
    await drive({ name: 'seed', request: (i) => purchase(`bench-${runId}-seed-${i}`, i) }, more);
    const purchases = await column(
      `SELECT "externalId" AS value FROM "Purchase" ORDER BY random()`,
    );
    // 1,000 of each purchase's 4,250: should the run outpace them, a second round still succeeds.
    const refunds = await measure({
      name: REFUNDS,
      request: (i) => ({
        path: `/purchases/${encodeURIComponent(purchases[i % purchases.length]!)}/refunds`,
        body: { externalId: `refund-${runId}-${i}`, amount: 1_000 },
      }),
    });
    results.push(refunds);
    if (refunds!.requests > purchases.length)
      console.log(`refunds went round ${purchases.length} purchases more than once`);
  }
  results.push(
    await measure({
      name: 'POST /customers/{id}/rewards/{rewardId}/claim',
      // One customer after another, as purchases: tills serve different customers at once.
      request: (i) => {
        const customer = customers[i % customers.length]!;
        return {
          path: `/customers/${customer.id}/rewards/${rewardId}/claim`,
          body: { cardToken: currentCard(customer) },
        };
      },
    }),
  );
  results.push(
    await measure({
      name: 'POST /invitations/check-in',
      request: (i) => ({
        path: '/invitations/check-in',
        body: { code: invitations[i % invitations.length] },
      }),
    }),
  );
  results.push(
    await measure({
      name: 'portal games.play',
      run: () =>
        drivePlays({
          url: benchDatabaseUrl(BENCH_DB),
          ...plays,
          connections: CONNECTIONS,
          seconds: SECONDS,
        }),
    }),
  );
  const { tps, walBytesPerTransaction } = await pgbenchRun(PGBENCH_DB);
  const ledgerWriteTps = await ledgerWriteRun(
    benchDatabaseUrl(BENCH_DB),
    customers.map((c) => c.id),
  );
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s each, PostgreSQL at ${new URL(BENCH_SERVER).host}\n`,
  );
  const measured = results.filter((r) => r !== undefined);
  console.table(
    measured.map((r) => ({
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
    `pgbench TPC-B-like (scale 10, ${CONNECTIONS} clients, prepared): ${Math.round(tps)} tps, ${Math.round(walBytesPerTransaction).toLocaleString('en')} bytes of WAL per transaction`,
  );
  console.log(
    `The ledger's write alone (write_movement through pgbench, ${CONNECTIONS} clients, prepared): ${Math.round(ledgerWriteTps)} tps, ratio ${(ledgerWriteTps / tps).toFixed(2)}`,
  );
  console.log('Targets: ratio ≥ 0.5, p99 < 25 ms, 0 errors.');
  printStatementProfiles(
    measured.flatMap(({ name, statements }) => (statements ? [{ name, profile: statements }] : [])),
  );
} finally {
  api.kill('SIGTERM');
  await bench.end();
}
