import {
  givePoints,
  ledgerViolations,
  makeApiKey,
  makeCustomer,
  makeShop,
} from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let storeKey: string;
let otherShopKey: string;
let call: ReturnType<typeof restClient>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  storeKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'STORE' })).id });
  otherShopKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'STORE' })).id });
  call = restClient(app, () => storeKey);
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const balanceOf = async (customerId: string) =>
  (await t.db.account.findUniqueOrThrow({ where: { customerId } })).balance;

type Line = { sku: string; quantity: number; unitAmount: number };

/** Records a purchase (1 point per euro by default) and returns its externalId. */
const purchase = async (amount: number, memberCode?: string, lines?: Line[]) => {
  const externalId = `T-${randomUUID()}`;
  const response = await call({
    method: 'POST',
    url: '/purchases',
    body: {
      externalId,
      ...(memberCode ? { memberCode } : {}),
      amount,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
      ...(lines ? { lines } : {}),
    },
  });
  expect(response.status).toBe(201);
  return { externalId, pointsEarned: response.body.purchase.pointsEarned as number };
};

const refund = (purchaseExternalId: string, body: object, key = storeKey, headers = {}) =>
  call({ method: 'POST', url: `/purchases/${purchaseExternalId}/refunds`, key, headers, body });

const purchaseRow = (externalId: string) =>
  t.db.purchase.findFirstOrThrow({
    where: { externalId },
    select: { refundedAmount: true, pointsClawedBack: true, pointsEarned: true },
  });

describe('POST /purchases/{externalId}/refunds', () => {
  it('takes back exactly the points earned over partial refunds, by cumulative proportion', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId, pointsEarned } = await purchase(1_001, customer.memberCode);
    expect(pointsEarned).toBe(10);
    const clawed = [];
    for (const [i, amount] of [300, 300, 401].entries()) {
      const response = await refund(externalId, { externalId: `R-${i}`, amount });
      expect(response.status).toBe(201);
      clawed.push(response.body.refund.pointsClawedBack);
    }
    // floor(10×300/1001)=2, floor(10×600/1001)=5, 10: the three add up to the 10 earned.
    expect(clawed).toEqual([2, 3, 5]);
    expect(await balanceOf(customer.id)).toBe(0);
    expect(await purchaseRow(externalId)).toEqual({
      refundedAmount: 1_001,
      pointsClawedBack: 10,
      pointsEarned: 10,
    });
    const reversals = await t.db.movement.findMany({
      where: { customerId: customer.id, type: 'REVERSAL' },
    });
    expect(reversals.map((m) => m.points).sort()).toEqual([-2, -3, -5]);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('refunds returned lines at the prices of the purchase', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await purchase(6_000, customer.memberCode, [
      { sku: 'SHIRT', quantity: 2, unitAmount: 2_500 },
      { sku: 'SOCKS', quantity: 2, unitAmount: 500 },
    ]);
    const response = await refund(externalId, {
      externalId: 'R-lines',
      lines: [{ sku: 'SHIRT', quantity: 1 }],
    });
    expect(response).toMatchObject({
      status: 201,
      body: { refund: { pointsClawedBack: 25, customer: { pointsBalance: 35 } } },
    });
    expect((await purchaseRow(externalId)).refundedAmount).toBe(2_500);
    for (const [lines, code] of [
      [[{ sku: 'HAT', quantity: 1 }], 'refund_sku_not_in_purchase'],
      [[{ sku: 'SHIRT', quantity: 2 }], 'refund_quantity_exceeds_purchase'],
    ] as const) {
      expect(await refund(externalId, { externalId: `R-${code}`, lines })).toMatchObject({
        status: 422,
        body: { error: { code } },
      });
    }
  });

  it('refuses a refund past the purchase and changes nothing', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await purchase(2_000, customer.memberCode);
    expect((await refund(externalId, { externalId: 'R-1', amount: 1_500 })).status).toBe(201);
    const before = await purchaseRow(externalId);
    const response = await refund(externalId, { externalId: 'R-2', amount: 501 });
    expect(response).toMatchObject({
      status: 422,
      body: { error: { code: 'refund_exceeds_purchase' } },
    });
    expect(await purchaseRow(externalId)).toEqual(before);
    expect(await balanceOf(customer.id)).toBe(5);
    expect(await t.db.refund.count({ where: { purchase: { externalId } } })).toBe(1);
  });

  it('never lets 10 concurrent refunds pass the purchase', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await purchase(2_000, customer.memberCode);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        refund(externalId, { externalId: `C-${i}`, amount: 300 }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 422, 422, 422, 422]);
    expect(await purchaseRow(externalId)).toEqual({
      refundedAmount: 1_800,
      pointsClawedBack: 18,
      pointsEarned: 20,
    });
    expect(await balanceOf(customer.id)).toBe(2);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('answers a resent refund with the first one, without a second clawback', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await purchase(3_000, customer.memberCode);
    const first = await refund(externalId, { externalId: 'R-same', amount: 1_000 });
    const again = await refund(externalId, { externalId: 'R-same', amount: 1_000 });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await balanceOf(customer.id)).toBe(20);

    const headers = { 'idempotency-key': randomUUID() };
    const keyed = await refund(
      externalId,
      { externalId: 'R-keyed', amount: 500 },
      storeKey,
      headers,
    );
    const replay = await refund(
      externalId,
      { externalId: 'R-keyed', amount: 500 },
      storeKey,
      headers,
    );
    expect(replay).toMatchObject({ status: 201, body: keyed.body });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await balanceOf(customer.id)).toBe(15);
  });

  it('takes back only what the balance allows when the points were spent (CAP_AT_BALANCE)', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await purchase(5_000, customer.memberCode);
    await givePoints(t.db, customer.id, -40);
    const response = await refund(externalId, { externalId: 'R-all', amount: 5_000 });
    expect(response).toMatchObject({
      status: 201,
      body: {
        refund: { pointsClawedBack: 10, pointsWrittenOff: 40, customer: { pointsBalance: 0 } },
      },
    });
    const stored = await t.db.refund.findFirstOrThrow({ where: { id: response.body.refund.id } });
    expect(stored.pointsClawedBack).toBe(10);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('owes spent points back as a debt under policy DEBT, repaid by the next purchase', async () => {
    await t.db.programmeSettings.update({ where: { id: 1 }, data: { refundPolicy: 'DEBT' } });
    try {
      const customer = await makeCustomer(t.db);
      const { externalId } = await purchase(5_000, customer.memberCode);
      await givePoints(t.db, customer.id, -40);
      const response = await refund(externalId, { externalId: 'R-debt', amount: 5_000 });
      expect(response.body.refund).toMatchObject({
        pointsClawedBack: 50,
        pointsWrittenOff: 0,
        customer: { pointsBalance: 0 },
      });
      await purchase(6_000, customer.memberCode);
      expect(await balanceOf(customer.id)).toBe(20);
      expect(await ledgerViolations(t.db)).toEqual([]);
    } finally {
      await t.db.programmeSettings.update({
        where: { id: 1 },
        data: { refundPolicy: 'CAP_AT_BALANCE' },
      });
    }
  });

  it('keeps purchase points pending during the pending period; a refund within it cancels them', async () => {
    await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 14 } });
    try {
      const customer = await makeCustomer(t.db);
      const { externalId, pointsEarned } = await purchase(8_000, customer.memberCode);
      expect(pointsEarned).toBe(80);
      const lookup = await call({ url: `/customers/lookup?memberCode=${customer.memberCode}` });
      expect(lookup.body.customer).toMatchObject({ pointsBalance: 0, pendingPoints: 80 });
      const response = await refund(externalId, { externalId: 'R-pending', amount: 2_000 });
      expect(response.body.refund).toMatchObject({
        pointsClawedBack: 20,
        customer: { pointsBalance: 0 },
      });
      const after = await call({ url: `/customers/lookup?memberCode=${customer.memberCode}` });
      expect(after.body.customer).toMatchObject({ pointsBalance: 0, pendingPoints: 60 });
      expect(await ledgerViolations(t.db)).toEqual([]);
    } finally {
      await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 0 } });
    }
  });

  it('records the refund of a purchase without a customer, with no points', async () => {
    const { externalId } = await purchase(1_000);
    const response = await refund(externalId, { externalId: 'R-anon', amount: 1_000 });
    expect(response.status).toBe(201);
    expect(response.body.refund).toEqual({
      id: expect.any(String),
      pointsClawedBack: 0,
      pointsWrittenOff: 0,
    });
  });

  it('answers 404 for a purchase this shop does not have, 400 for a bad body', async () => {
    const { externalId } = await purchase(1_000);
    for (const [id, key] of [
      ['nope', storeKey],
      [externalId, otherShopKey],
    ] as const)
      expect(await refund(id, { externalId: 'R-x', amount: 100 }, key)).toMatchObject({
        status: 404,
        body: { error: { code: 'purchase_not_found' } },
      });
    for (const body of [
      { externalId: 'R-x' },
      { externalId: 'R-x', amount: 0 },
      { externalId: 'R-x', amount: 100, lines: [{ sku: 'A', quantity: 1 }] },
    ])
      expect(await refund(externalId, body)).toMatchObject({
        status: 400,
        body: { error: { code: 'invalid_request' } },
      });
  });
});
