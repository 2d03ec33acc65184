import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from './client.ts';
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
