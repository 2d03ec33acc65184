import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import type { Db } from '@fidele/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { givePoints, makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import {
  adjustPoints,
  expirePoints,
  listCustomerHistoryPage,
  listMovements,
  releasePendingPoints,
} from './index.ts';

let t: TestDatabase;
let shop: { id: string; name: string };
let customer: Awaited<ReturnType<typeof makeCustomer>>;
let purchaseId: string;
const DAY = 86_400_000;
const purchasedAt = new Date(Date.now() - 5 * DAY);

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 0 } });
  shop = await makeShop(t.db, { kind: 'STORE', name: 'Paris Marais' });
  customer = await makeCustomer(t.db, { firstName: 'Camille' });
  const staffUserId = (await makeStaffUser(t.db, { role: 'SUPPORT' })).id;
  // A till sends a purchase of five days ago; it is refunded in part; an adjustment follows.
  const { body } = await recordPurchase(t.db, {
    shopId: shop.id,
    channel: 'STORE',
    externalId: 'H-1',
    customer,
    amount: 12_000,
    currency: 'EUR',
    occurredAt: purchasedAt,
  });
  purchaseId = body.purchase.id;
  await refundPurchase(t.db, {
    shopId: shop.id,
    purchaseExternalId: 'H-1',
    refund: { externalId: 'HR-1', amount: 4_400 },
    channel: 'STORE',
  });
  await t.db.$transaction((tx) =>
    adjustPoints(tx, {
      customerId: customer.id,
      points: 15,
      customerReason: 'Sorry for the wait at the till',
      reason: 'Queue of 20 min, manager agreed',
      staffUserId,
    }),
  );
}, 60_000);
afterAll(() => t.drop());

describe('a history that explains itself', () => {
  it("dates a purchase's movement when it happened, others when recorded", async () => {
    const [adjustment, refund, purchase] = await listMovements(t.db, { customerId: customer.id });
    expect(purchase).toMatchObject({
      type: 'EARN',
      occurredAt: purchasedAt,
      purchase: { id: purchaseId, shopName: 'Paris Marais', amount: 12_000, currency: 'EUR' },
    });
    expect(purchase!.createdAt.getTime()).toBeGreaterThan(purchasedAt.getTime() + 4 * DAY);
    expect(refund!.occurredAt).toEqual(refund!.createdAt);
    expect(adjustment!.occurredAt).toEqual(adjustment!.createdAt);
  });

  it('names the purchase a refund took points back for', async () => {
    const [, refund] = await listMovements(t.db, { customerId: customer.id });
    expect(refund).toMatchObject({
      type: 'REVERSAL',
      points: -44,
      sourceType: 'REFUND',
      refund: { purchaseId, shopName: 'Paris Marais', purchasedAt },
      purchase: null,
    });
  });

  it("gives an adjustment's reason for the customer, and its note to staff only", async () => {
    const [adjustment] = await listMovements(t.db, { customerId: customer.id });
    expect(adjustment).toMatchObject({
      type: 'ADJUST',
      customerReason: 'Sorry for the wait at the till',
      reason: 'Queue of 20 min, manager agreed',
    });
    const [hers] = (await listCustomerHistoryPage(t.db, { customerId: customer.id })).items;
    expect(hers).toMatchObject({ customerReason: 'Sorry for the wait at the till' });
    expect(hers).not.toHaveProperty('reason');
  });

  it('says when the points an expiry took were earned', async () => {
    const other = await makeCustomer(t.db);
    await givePoints(t.db, other.id, 30);
    const lot = await t.db.pointLot.findFirstOrThrow({ where: { customerId: other.id } });
    await expirePoints(t.db, new Date(lot.expiresAt.getTime() + DAY));
    const [expiry] = await listMovements(t.db, { customerId: other.id });
    expect(expiry).toMatchObject({
      type: 'EXPIRE',
      points: -30,
      expiry: { earnedAt: lot.createdAt },
    });
  });

  it('names the purchase whose pending points a release made spendable', async () => {
    await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 14 } });
    const other = await makeCustomer(t.db);
    const { body } = await recordPurchase(t.db, {
      shopId: shop.id,
      channel: 'STORE',
      externalId: 'H-2',
      customer: other,
      amount: 5_000,
      currency: 'EUR',
      occurredAt: purchasedAt,
    });
    await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 0 } });
    await releasePendingPoints(t.db, new Date(Date.now() + 15 * DAY));
    const [release] = await listMovements(t.db, { customerId: other.id });
    expect(release).toMatchObject({
      type: 'RELEASE',
      released: { purchaseId: body.purchase.id, shopName: 'Paris Marais', purchasedAt },
      refund: null,
      expiry: null,
    });
  });

  it('reads a page in one statement', async () => {
    let statements = 0;
    const counted = t.db.$extends({
      query: {
        async $allOperations({ args, query }) {
          statements++;
          return query(args);
        },
      },
    }) as unknown as Db;
    const items = await listMovements(counted, { customerId: customer.id });
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(statements).toBe(1);
  });
});
