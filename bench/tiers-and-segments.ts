import { countSegment, type SegmentRule } from '@fidele/core/segments';
import { reviewTiers } from '@fidele/core/tiers';
import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import pg from 'pg';
import { benchDatabaseUrl } from './bench-server.ts';
import { timed } from './bulk-load.ts';
import { restoreStandings, seededWith, seedTiers } from './tiers-seed.ts';

// The daily tier review and segment counts over a large programme: BENCH_CUSTOMERS customers
// (default 1,000,000) with an earning and purchase history. See bench/README.md.
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const NAME = 'fidele_bench_tiers';
// BENCH_REUSE=1 keeps the database at the end, and measures on the one a previous run kept (if it
// holds as many customers) after putting its customers back as seeded: the same data before and
// after a change. Otherwise the database is seeded afresh and dropped at the end (10,000,000
// customers take about 20 GB).
const REUSE = process.env.BENCH_REUSE === '1';

const url = benchDatabaseUrl(NAME);
const dropDatabase = async () => {
  const admin = new pg.Client({ connectionString: benchDatabaseUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin.end();
};
const connect = async () => {
  await ensureDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

let db = await connect();
const kept = REUSE ? await seededWith(db) : undefined;
if (kept?.customers !== CUSTOMERS) {
  await db.end();
  await dropDatabase();
  db = await connect();
}
await migrate(url, MIGRATIONS_DIR);
let asOf: Date;
if (kept?.customers === CUSTOMERS) {
  asOf = kept.asOf;
  const restored = await restoreStandings(db, asOf);
  console.log(`reusing ${NAME}: ${restored.toLocaleString('en')} customers put back as seeded`);
} else {
  asOf = new Date();
  const { seconds } = await timed(
    `seed ${CUSTOMERS.toLocaleString('en')} customers and their history`,
    () => seedTiers(db, CUSTOMERS, asOf),
  );
  console.log(`  ${Math.round(CUSTOMERS / seconds).toLocaleString('en')} customers/s`);
}
const { rows: size } = await db.query<{ size: string }>(
  'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
);
console.log(`database size: ${size[0]!.size}`);
await db.end();

// The counts and the review run at the seed's instant, so a reused database gives the same
// results as the run that seeded it. The counts come first, on the settled table: the review
// rewrites a large share of the customers' rows, and until they are vacuumed an index-only scan of
// the customers visits the heap (measured in bench/README.md).
const now = asOf;
const prisma = createDb(url, { max: 2 });
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
    `  ${result.toLocaleString('en')} members — ${Math.round(CUSTOMERS / seconds).toLocaleString('en')} customers/s`,
  );
}

const first = await timed('tier review', () => reviewTiers(prisma, now));
console.log(
  `  ${JSON.stringify(first.result)} — ${Math.round(CUSTOMERS / first.seconds).toLocaleString('en')} customers/s`,
);
const second = await timed('tier review again, same time', () => reviewTiers(prisma, now));
console.log(`  ${JSON.stringify(second.result)} (nothing left to do)`);
await prisma.$disconnect();
console.log(
  'Targets: at 1,000,000 customers, the review under 5 s and each count under 0.5 s; at 10,000,000, each under 60 s.',
);
if (!REUSE) await dropDatabase();
