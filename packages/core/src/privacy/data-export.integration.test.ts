import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordPurchase } from '../purchases/index.ts';
import { claimReward } from '../rewards/index.ts';
import { givePoints, makeCustomer, makeReward, makeShop } from '../testing/index.ts';
import { exportCustomerData } from './data-export.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

it('gives a customer all her data, and nobody else’s, and audits who asked', async () => {
  const shop = await makeShop(t.db, { kind: 'STORE', name: 'Paris Marais' });
  const camille = await makeCustomer(t.db, {
    firstName: 'Camille',
    phone: '+33611111111',
    consents: { email: true },
    consentSource: 'SIGN_UP',
  });
  const other = await makeCustomer(t.db, { firstName: 'Other' });
  await t.db.earnRule.create({ data: { kind: 'BASE_RATE', name: 'Base', rate: 100 } });
  for (const [customer, externalId] of [
    [camille, 'T-1'],
    [other, 'T-2'],
  ] as const)
    await recordPurchase(t.db, {
      shopId: shop.id,
      channel: 'STORE',
      externalId,
      customer: { id: customer.id },
      amount: 4_200,
      currency: 'EUR',
      occurredAt: new Date('2026-12-01T10:00:00Z'),
    });
  await givePoints(t.db, camille.id, 100);
  const reward = await makeReward(t.db, { pointsCost: 50 });
  await t.db.$transaction((tx) =>
    claimReward(tx, {
      customerId: camille.id,
      rewardId: reward.id,
      channel: 'APP',
      actor: { type: 'CUSTOMER', id: camille.id },
    }),
  );

  const data = await exportCustomerData(t.db, camille.id, { type: 'CUSTOMER', id: camille.id });
  expect(data).toMatchObject({
    format: 'fidele-customer-data',
    version: 1,
    customer: { id: camille.id, email: camille.email, phone: '+33611111111', firstName: 'Camille' },
    balances: { CUSTOMER: 42 + 100 - 50 },
    consents: [expect.objectContaining({ channel: 'EMAIL', given: true, source: 'SIGN_UP' })],
    purchases: [
      expect.objectContaining({ externalId: 'T-1', shop: { name: 'Paris Marais' }, amount: 4_200 }),
    ],
    codes: [expect.objectContaining({ status: 'ACTIVE', pointsCost: 50 })],
  });
  expect(data.movements.map((movement) => [movement.type, movement.points])).toEqual([
    ['EARN', 42],
    ['ADJUST', 100],
    ['REDEEM', -50],
  ]);
  // Nothing of anyone else's, nor a key to her account.
  const text = JSON.stringify(data);
  expect(text).not.toContain(other.id);
  expect(text).not.toContain(other.email);
  expect(text).not.toContain('T-2');
  expect(text).not.toMatch(/cardSecret|passwordHash|sessionId/);
  expect(
    await t.db.auditLog.count({
      where: { action: 'customer.data_export', targetId: camille.id, actorType: 'CUSTOMER' },
    }),
  ).toBe(1);
});

it('answers customer_not_found for a customer the programme does not have', async () => {
  await expect(
    exportCustomerData(t.db, '00000000-0000-4000-8000-000000000000', { type: 'SYSTEM' }),
  ).rejects.toMatchObject({ code: 'customer_not_found' });
});
