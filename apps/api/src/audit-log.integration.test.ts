import { listAuditEntries } from '@fidele/core/audit';
import { currentCardToken } from '@fidele/core/customers';
import { givePoints, makeApiKey, makeCustomer, makeReward, makeShop } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let call: ReturnType<typeof restClient>;
let keyId: string;
let otherKeyId: string;
let customer: Awaited<ReturnType<typeof makeCustomer>>;
let sale: object;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  const shop = await makeShop(t.db, { kind: 'STORE', name: 'Lyon Part-Dieu' });
  const key = await makeApiKey(t.db, { shopId: shop.id });
  keyId = (await t.db.apiKey.findFirstOrThrow({ where: { shopId: shop.id } })).id;
  const other = await makeShop(t.db, { kind: 'STORE' });
  const otherKey = await makeApiKey(t.db, { shopId: other.id });
  otherKeyId = (await t.db.apiKey.findFirstOrThrow({ where: { shopId: other.id } })).id;
  call = restClient(app, () => key);
  customer = await makeCustomer(t.db);
  await givePoints(t.db, customer.id, 1_000);

  // What a till does in a day: a sale, a refund of part of it, a code claimed and redeemed.
  sale = {
    externalId: 'T-1',
    memberCode: customer.memberCode,
    amount: 4_000,
    currency: 'EUR',
    occurredAt: new Date().toISOString(),
  };
  const bought = await call({
    method: 'POST',
    url: '/purchases',
    headers: { 'idempotency-key': 'sale-1' },
    body: sale,
  });
  expect(bought.status).toBe(201);
  const refunded = await call({
    method: 'POST',
    url: '/purchases/T-1/refunds',
    body: { externalId: 'R-1', amount: 1_000 },
  });
  expect(refunded.status).toBe(201);
  const reward = await makeReward(t.db, { pointsCost: 100 });
  const claimed = await call({
    method: 'POST',
    url: `/customers/${customer.id}/rewards/${reward.id}/claim`,
    body: { cardToken: (await currentCardToken(t.db, customer.id)).token },
  });
  expect(claimed.status).toBe(201);
  const redeemed = await call({
    method: 'POST',
    url: '/codes/redeem',
    body: { code: claimed.body.code.code, basketAmount: 5_000, currency: 'EUR' },
  });
  expect(redeemed.status).toBe(201);
  // Another shop's till sells too: not this key's.
  const elsewhere = await call({
    method: 'POST',
    url: '/purchases',
    key: otherKey,
    body: {
      externalId: 'T-2',
      amount: 1_000,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    },
  });
  expect(elsewhere.status).toBe(201);
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

describe('the audit log of tills and the e-shop', () => {
  it('shows their purchases, refunds and redemptions with their key and its shop, newest first', async () => {
    const { items } = await listAuditEntries(t.db, { actor: { type: 'API_KEY', id: keyId } });
    expect(items.map((entry) => entry.action)).toEqual([
      'code.redeem',
      'refund.record',
      'purchase.record',
    ]);
    for (const entry of items) {
      expect(entry.actor).toMatchObject({ type: 'API_KEY', id: keyId, name: 'Test till' });
      expect(entry.actor.context).toBe('Lyon Part-Dieu');
      expect(entry.target).toMatchObject({ type: 'customer', id: customer.id, name: 'Test' });
    }
    expect(items[2]!.data).toMatchObject({ externalId: 'T-1', amount: 4_000, currency: 'EUR' });
    expect(items[1]!.data).toMatchObject({ externalId: 'R-1', purchaseExternalId: 'T-1' });
    expect(items[0]!.data).toMatchObject({ amountOff: expect.any(Number), rolledBack: false });
  });

  it('keeps one entry per purchase when a till sends it again under its key', async () => {
    const again = await call({
      method: 'POST',
      url: '/purchases',
      headers: { 'idempotency-key': 'sale-1' },
      body: sale,
    });
    expect(again.headers['idempotent-replayed']).toBe('true');
    const { items } = await listAuditEntries(t.db, { action: 'purchase.record' });
    expect(items.map((entry) => entry.data)).toEqual([
      expect.objectContaining({ externalId: 'T-2' }),
      expect.objectContaining({ externalId: 'T-1' }),
    ]);
    expect(items[0]!.actor.id).toBe(otherKeyId);
    expect(items[0]!.target).toBeNull();
  });

  it('filters them by area, by customer, and leaves them out of staff-only filters', async () => {
    const terminal = await listAuditEntries(t.db, { area: 'terminal' });
    expect(terminal.items).toHaveLength(4);
    const hers = await listAuditEntries(t.db, { target: { type: 'customer', id: customer.id } });
    expect(hers.items.map((entry) => entry.action)).toEqual([
      'code.redeem',
      'refund.record',
      'purchase.record',
    ]);
    expect((await listAuditEntries(t.db, { actor: { type: 'STAFF' } })).items).toEqual([]);
    expect((await listAuditEntries(t.db, { area: 'rewards' })).items).toEqual([]);
  });

  it('writes no audit row on the tills’ paths', async () => {
    expect(await t.db.auditLog.count()).toBe(0);
  });
});
