import { afterAll, beforeAll, expect, it } from 'vitest';
import { Prisma } from './generated/prisma/client.ts';
import { createDb, type Db, queryRows } from './client.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

let t: TestDatabase;
let db: Db;

beforeAll(async () => {
  t = await createTestDatabase();
  db = createDb(t.url, { max: 1 });
});
afterAll(async () => {
  await db.$disconnect();
  await t.drop();
});

it('prepares each statement once per connection and reuses it', async () => {
  for (let i = 0; i < 3; i++)
    expect(await db.$queryRaw<{ n: number }[]>`SELECT ${i}::int + 1 AS n`).toEqual([{ n: i + 1 }]);
  const prepared = await db.$queryRaw<{ statement: string }[]>`
    SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + 1%'`;
  expect(prepared).toHaveLength(1);
});

it("runs a hot statement on Prisma's pool, prepared once, and in a transaction on its connection", async () => {
  const statement = (i: number) =>
    Prisma.sql`SELECT ${i}::int * 2 AS n, ${new Date(i)}::timestamptz AS at, ${{ i }}::jsonb AS doc`;
  for (let i = 0; i < 3; i++)
    expect(await queryRows(db, statement(i))).toEqual([{ n: i * 2, at: new Date(i), doc: { i } }]);
  // The pool's one connection is the one Prisma uses: the statement is prepared there, once.
  const prepared = await db.$queryRaw<{ statement: string }[]>`
    SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int * 2%'`;
  expect(prepared).toHaveLength(1);
  const inTransaction = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL application_name = 'inside'`;
    return queryRows<{ name: string }>(
      tx,
      Prisma.sql`SELECT current_setting('application_name') AS name`,
    );
  });
  expect(inTransaction).toEqual([{ name: 'inside' }]);
});
