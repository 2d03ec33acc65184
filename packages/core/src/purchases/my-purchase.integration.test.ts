import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refundPurchase } from '../refunds/index.ts';
import { makeCustomer, makeShop } from '../testing/index.ts';
import { getMyPurchase, recordPurchase } from './index.ts';

let t: TestDatabase;
let shop: { id: string; name: string };
let camille: Awaited<ReturnType<typeof makeCustomer>>;
let purchaseId: string;
const DAY = 86_400_000;
const occurredAt = new Date(Date.now() - 2 * DAY);
const lines = [
  { sku: 'SHOE-42', category: 'shoes', quantity: 1, unitAmount: 8_000 },
  { sku: 'SOCKS', quantity: 2, unitAmount: 2_000 },
];

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 14 } });
  shop = await makeShop(t.db, { kind: 'STORE', name: 'Paris Marais' });
  camille = await makeCustomer(t.db, { firstName: 'Camille' });
  const { body } = await recordPurchase(t.db, {
    shopId: shop.id,
    channel: 'STORE',
    externalId: 'MP-1',
    customer: camille,
    amount: 12_000,
    currency: 'EUR',
    occurredAt,
    lines,
  });
  purchaseId = body.purchase.id;
  await refundPurchase(t.db, {
    shopId: shop.id,
    purchaseExternalId: 'MP-1',
    refund: { externalId: 'MPR-1', amount: 2_000 },
    channel: 'STORE',
  });
}, 60_000);
afterAll(() => t.drop());

describe('getMyPurchase', () => {
  it('reads her purchase: shop, lines, how its points were computed, refunds, pending points', async () => {
    const purchase = await getMyPurchase(t.db, { customerId: camille.id, purchaseId });
    expect(purchase).toMatchObject({
      id: purchaseId,
      shopName: 'Paris Marais',
      channel: 'STORE',
      occurredAt,
      amount: 12_000,
      currency: 'EUR',
      lines,
      pointsEarned: 120,
      earnDetail: [expect.objectContaining({ step: 'BASE_RATE', points: 120 })],
      refunds: [expect.objectContaining({ amount: 2_000, pointsClawedBack: 20 })],
      pending: { points: 100 },
    });
    expect(purchase.refunds[0]!.createdAt).toBeInstanceOf(Date);
    // Pending for the programme's 14 days from when the points were earned.
    expect(purchase.pending!.until.getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
  });

  it("finds no other customer's purchase, as if there were none", async () => {
    const other = await makeCustomer(t.db);
    await expect(getMyPurchase(t.db, { customerId: other.id, purchaseId })).rejects.toMatchObject({
      code: 'my_purchase_not_found',
    });
    await expect(
      getMyPurchase(t.db, { customerId: camille.id, purchaseId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'my_purchase_not_found' });
  });
});
