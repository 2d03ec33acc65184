import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeApiKey, makeShop } from '../testing/index.ts';
import { purgeIdempotencyRecords } from './purge.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

it('drops records past the retention and keeps at least the last 24 hours', async () => {
  const shop = await makeShop(t.db);
  await makeApiKey(t.db, { shopId: shop.id });
  const { id: apiKeyId } = await t.db.apiKey.findFirstOrThrow({ where: { shopId: shop.id } });
  const record = (key: string, hoursAgo: number) => ({
    apiKeyId,
    key,
    requestHash: 'a'.repeat(64),
    responseStatus: 201,
    responseBody: {},
    createdAt: new Date(Date.now() - hoursAgo * 3_600_000),
  });
  await t.db.idempotencyRecord.createMany({
    data: [record('fresh', 1), record('day-old', 23), record('stale', 72)],
  });
  expect(await purgeIdempotencyRecords(t.db, { retentionHours: 1 })).toBe(1);
  const left = await t.db.idempotencyRecord.findMany({
    select: { key: true },
    orderBy: { key: 'asc' },
  });
  expect(left.map((r) => r.key)).toEqual(['day-old', 'fresh']);
});
