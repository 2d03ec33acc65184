import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordPurchase } from '../purchases/index.ts';
import { makeCustomer, makeShop } from '../testing/index.ts';

let t: TestDatabase;
let shopId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
});
afterAll(() => t.drop());

const stamp = async () =>
  (await t.db.programmeSettings.findUniqueOrThrow({ where: { id: 1 } })).configStamp;

const buy = async (customer: Awaited<ReturnType<typeof makeCustomer>>, amount: number) =>
  (
    await recordPurchase(t.db, {
      shopId,
      channel: 'STORE',
      externalId: `P-${crypto.randomUUID()}`,
      customer,
      amount,
      currency: 'EUR',
      occurredAt: new Date(),
    }).then(({ body }) => body)
  ).purchase;

it('replaces the configuration stamp on every change of the earn rules or the settings', async () => {
  const stamps = [await stamp()];
  const rule = await t.db.earnRule.create({
    data: { kind: 'BASE_RATE', name: 'Base', rate: 100, channels: ['STORE'] },
  });
  stamps.push(await stamp());
  await t.db.earnRule.update({ where: { id: rule.id }, data: { rate: 200 } });
  stamps.push(await stamp());
  await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 0 } });
  stamps.push(await stamp());
  await t.db.earnRule.delete({ where: { id: rule.id } });
  stamps.push(await stamp());
  expect(new Set(stamps).size).toBe(stamps.length);
});

it('applies a change of the rules or the settings to the very next purchase', async () => {
  const customer = await makeCustomer(t.db);
  const rule = await t.db.earnRule.create({
    data: { kind: 'BASE_RATE', name: 'Base', rate: 100, channels: ['STORE'] },
  });
  expect((await buy(customer, 5_000)).pointsEarned).toBe(50);
  expect((await buy(customer, 5_000)).pointsEarned).toBe(50);
  await t.db.earnRule.update({ where: { id: rule.id }, data: { rate: 300 } });
  expect((await buy(customer, 5_000)).pointsEarned).toBe(150);

  await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 14 } });
  const pending = await buy(customer, 1_000);
  const movement = await t.db.movement.findFirstOrThrow({
    where: { sourceType: 'PURCHASE', sourceId: pending.id },
    select: { lots: { select: { pendingUntil: true } } },
  });
  expect(movement.lots[0]?.pendingUntil).not.toBeNull();
});
