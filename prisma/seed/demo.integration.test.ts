import { listOffersFor } from '@fidele/core/offers';
import { getTierStatus } from '@fidele/core/tiers';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, isEmpty, seedDemo } from './demo.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  expect(await isEmpty(t.db)).toBe(true);
  await seedDemo(t.db);
});
afterAll(() => t.drop());

it('gives the demo a Silver Camille with open and locked VIP offers', async () => {
  const camille = await t.db.customer.findUniqueOrThrow({
    where: { email: DEMO.customer.email },
    select: { id: true },
  });
  expect((await getTierStatus(t.db, camille.id)).current.code).toBe('SILVER');
  const offers = await listOffersFor(t.db, { customerId: camille.id });
  expect(
    offers.map((offer) => [offer.title.en, offer.state, offer.unlockTier?.code ?? null]),
  ).toEqual(
    expect.arrayContaining([
      ['Silver days: 10 € off in shop', 'available', null],
      ['Gold weekend: 20 % off everything', 'locked', 'GOLD'],
      ['Platinum preview: 30 % off the new collection', 'locked', 'PLATINUM'],
      ['Online and in shop? Free delivery on us', 'available', null],
    ]),
  );
  expect(await isEmpty(t.db)).toBe(false);
});
