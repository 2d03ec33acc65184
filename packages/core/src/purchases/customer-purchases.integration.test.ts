import { makeStaffUser } from '../testing/index.ts';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/index.ts';
import { createShop } from '../shops/index.ts';
import { listCustomerPurchases, recordPurchase } from './index.ts';

let t: TestDatabase;
let staffUserId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const staff = await makeStaffUser(t.db, { role: 'OWNER', name: 'Olga Owner' });
  staffUserId = staff.id;
});
afterAll(() => t.drop());

describe('listCustomerPurchases', () => {
  it('totals purchases per channel and filters the list by channel, with shop names', async () => {
    const [store, eshop] = await t.db.$transaction(async (tx) => [
      await createShop(tx, { name: 'Paris Marais', kind: 'STORE', staffUserId }),
      await createShop(tx, { name: 'E-shop', kind: 'ESHOP', staffUserId }),
    ]);
    const customer = await t.db.$transaction((tx) =>
      createCustomer(tx, { email: 'buyer@example.com', firstName: 'Bea', signUpSource: 'ORGANIC' }),
    );
    const buy = (shopId: string, channel: 'STORE' | 'ESHOP', externalId: string, amount: number) =>
      recordPurchase(t.db, {
        shopId,
        channel,
        externalId,
        customer,
        amount,
        currency: 'EUR',
        occurredAt: new Date(),
      }).then(({ body }) => body);
    await buy(store!.id, 'STORE', 'T-1', 2_500);
    await buy(store!.id, 'STORE', 'T-2', 1_000);
    await buy(eshop!.id, 'ESHOP', 'W-1', 4_999);

    const all = await listCustomerPurchases(t.db, {
      customerId: customer.id,
      staffUserId,
      allShops: true,
    });
    expect(all.byChannel).toEqual([
      { channel: 'STORE', currency: 'EUR', count: 2, amount: 3_500, pointsEarned: 35 },
      { channel: 'ESHOP', currency: 'EUR', count: 1, amount: 4_999, pointsEarned: 49 },
    ]);
    expect(all.items).toHaveLength(3);
    const online = await listCustomerPurchases(t.db, {
      customerId: customer.id,
      channel: 'ESHOP',
      staffUserId,
      allShops: true,
    });
    expect(online.items).toEqual([
      expect.objectContaining({ externalId: 'W-1', shop: { id: eshop!.id, name: 'E-shop' } }),
    ]);
  });
});
