import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordPurchase } from '../purchases/index.ts';
import { makeCustomer, makeShop } from '../testing/index.ts';
import { markTierCelebrated } from './celebration.ts';
import { getTierStatus } from './tier-status.ts';

let t: TestDatabase;
let shopId: string;
let purchaseNo = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db, { kind: 'STORE' })).id;
  await t.db.tier.createMany({
    data: [
      { code: 'SILVER', name: 'Silver', rank: 1, threshold: 100 },
      { code: 'GOLD', name: 'Gold', rank: 2, threshold: 200 },
    ],
  });
});
afterAll(() => t.drop());

const buy = (customer: Awaited<ReturnType<typeof makeCustomer>>, euros: number) =>
  recordPurchase(t.db, {
    shopId,
    channel: 'STORE',
    externalId: `CELEBRATE-${++purchaseNo}`,
    customer,
    amount: euros * 100,
    currency: 'EUR',
    occurredAt: new Date(),
  });

it('celebrates the tier reached until she has seen it once, whatever the device, and only hers', async () => {
  const camille = await makeCustomer(t.db);
  const other = await makeCustomer(t.db);
  expect((await getTierStatus(t.db, camille.id)).celebration).toBeNull();

  await buy(camille, 150);
  await buy(camille, 100);
  const gold = (await getTierStatus(t.db, camille.id)).celebration;
  expect(gold).toMatchObject({ tier: { code: 'GOLD' } });

  // Another member cannot mark it; she does, for this change and the one before it.
  await markTierCelebrated(t.db, { customerId: other.id, changeId: gold!.changeId });
  expect((await getTierStatus(t.db, camille.id)).celebration).toEqual(gold);
  await markTierCelebrated(t.db, { customerId: camille.id, changeId: gold!.changeId });
  await markTierCelebrated(t.db, { customerId: camille.id, changeId: gold!.changeId });
  expect((await getTierStatus(t.db, camille.id)).celebration).toBeNull();
  expect(
    await t.db.tierChange.count({ where: { customerId: camille.id, celebratedAt: null } }),
  ).toBe(0);
});
