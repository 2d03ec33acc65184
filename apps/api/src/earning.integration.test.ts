import { makeApiKey, makeCustomer, makeShop } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let key: string;
let call: ReturnType<typeof restClient>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  key = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'STORE' })).id });
  call = restClient(app, () => key);
  await t.db.earnRule.createMany({
    data: [
      { kind: 'PRODUCT_BONUS', name: 'Shoes earn triple', category: 'shoes', multiplier: 300 },
      {
        kind: 'PROMOTION',
        name: 'Double points all month',
        multiplier: 200,
        channels: ['STORE'],
        startsAt: new Date('2026-11-01T00:00:00Z'),
        endsAt: new Date('2026-12-01T00:00:00Z'),
      },
      { kind: 'DAILY_CAP', name: 'At most 1,000 points a day', points: 1_000 },
    ],
  });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const purchase = (memberCode: string, overrides: Record<string, unknown> = {}) => ({
  externalId: `E-${Math.random().toString(36).slice(2)}`,
  memberCode,
  amount: 10_000,
  currency: 'EUR',
  occurredAt: '2026-11-20T15:00:00+01:00',
  ...overrides,
});

describe('earning on purchases', () => {
  it('applies the rules and keeps how the points were computed', async () => {
    const customer = await makeCustomer(t.db);
    const body = purchase(customer.memberCode, {
      lines: [
        { sku: 'RUN-1', category: 'shoes', quantity: 1, unitAmount: 6_000 },
        { sku: 'SOCK-2', category: 'socks', quantity: 2, unitAmount: 2_000 },
      ],
    });
    const response = await call({ method: 'POST', url: '/purchases', body });
    // base 100 + shoes bonus 120 = 220, doubled by the promotion = 440
    expect(response.body.purchase.pointsEarned).toBe(440);
    const stored = await t.db.purchase.findFirstOrThrow({ where: { externalId: body.externalId } });
    expect((stored.earnDetail as { label: string }[]).map((line) => line.label)).toEqual([
      '1 point per unit spent in shops',
      'Shoes earn triple',
      'Double points all month',
    ]);
  });

  it('holds the daily cap when purchases of one customer arrive together', async () => {
    const customer = await makeCustomer(t.db);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        call({ method: 'POST', url: '/purchases', body: purchase(customer.memberCode) }),
      ),
    );
    const earned = responses.map((r) => r.body.purchase.pointsEarned as number);
    expect(earned.reduce((a, b) => a + b, 0)).toBe(1_000);
    const account = await t.db.account.findUniqueOrThrow({ where: { customerId: customer.id } });
    expect(account.balance).toBe(1_000);
  });
});

describe('POST /baskets/quote', () => {
  it('says what a basket would earn and which promotions run, recording nothing', async () => {
    const customer = await makeCustomer(t.db);
    const before = await t.db.purchase.count();
    const response = await call({
      method: 'POST',
      url: '/baskets/quote',
      body: { memberCode: customer.memberCode, amount: 2_550, currency: 'EUR' },
    });
    expect(response.status).toBe(200);
    expect(response.body.lines[0]).toMatchObject({ step: 'BASE_RATE', points: 25 });
    expect(response.body.points).toBeGreaterThanOrEqual(25);
    expect(await t.db.purchase.count()).toBe(before);
  });

  it('quotes an anonymous basket and refuses a bad one', async () => {
    expect(
      (await call({ method: 'POST', url: '/baskets/quote', body: { amount: 999 } })).body.lines[0],
    ).toMatchObject({ points: 9 });
    const bad = await call({ method: 'POST', url: '/baskets/quote', body: { amount: -5 } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});
