import {
  ledgerViolations,
  makeApiKey,
  makeCustomer,
  makeShop,
  makeStaffUser,
} from '@fidele/core/testing';
import { rotateWebhookSecret, signatureHeaderFor } from '@fidele/core/webhooks';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { expectConforms } from './testing/contract-conformance.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let shopId: string;
let secret: string;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  shopId = (await makeShop(t.db, { kind: 'ESHOP' })).id;
  const staff = await makeStaffUser(t.db, { role: 'OWNER' });
  secret = (
    await t.db.$transaction((tx) => rotateWebhookSecret(tx, { shopId, staffUserId: staff.id }))
  ).secret;
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Delivers an event as an e-shop would: the exact bytes it signed, with their signature. */
const deliver = async (
  event: unknown,
  {
    to = shopId,
    signWith = secret,
    timestamp = nowSeconds(),
    raw = JSON.stringify(event),
    tamper = (signed: string) => signed,
  }: {
    to?: string;
    signWith?: string;
    timestamp?: number;
    raw?: string;
    tamper?: (signed: string) => string;
  } = {},
) => {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/webhooks/orders/${to}`,
    headers: {
      'content-type': 'application/json',
      'fidele-signature': signatureHeaderFor(signWith, timestamp, raw),
    },
    payload: tamper(raw),
  });
  const answer = { status: response.statusCode, body: response.json(), headers: response.headers };
  await expectConforms(app, { method: 'POST', url: `/api/v1/webhooks/orders/${to}`, ...answer });
  return answer;
};

const orderPaid = (data: Record<string, unknown>) => ({
  id: `evt_${randomUUID()}`,
  type: 'order.paid',
  data: {
    externalId: `W-${randomUUID()}`,
    amount: 4200,
    currency: 'EUR',
    occurredAt: new Date().toISOString(),
    ...data,
  },
});

const balanceOf = async (customerId: string) =>
  (await t.db.account.findUniqueOrThrow({ where: { customerId } })).balance;

/** Event ids are the shop's idempotency keys: a kept one replays. */
const eventsKept = (eventId: string) =>
  t.db.idempotencyRecord.count({ where: { webhookShopId: shopId, key: eventId } });

const purchasesOf = (externalId: string) => t.db.purchase.count({ where: { shopId, externalId } });

describe('order webhooks', () => {
  it('earns once for a paid order, on the e-shop channel', async () => {
    const customer = await makeCustomer(t.db);
    const event = orderPaid({ memberCode: customer.memberCode });
    const response = await deliver(event);
    expect(response.status).toBe(200);
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    expect(response.body).toMatchObject({
      received: true,
      result: {
        purchase: {
          externalId: event.data.externalId,
          pointsEarned: 42,
          customer: { id: customer.id, pointsBalance: 42 },
        },
      },
    });
    expect(response.body.result.purchase.customer.email).toBeUndefined();
    const purchase = await t.db.purchase.findFirstOrThrow({
      where: { shopId, externalId: event.data.externalId },
    });
    expect(purchase.channel).toBe('ESHOP');
    expect(await balanceOf(customer.id)).toBe(42);
  });

  it('answers a replay the same way, marked as replayed, without a second effect', async () => {
    const customer = await makeCustomer(t.db);
    const event = orderPaid({ memberCode: customer.memberCode });
    const first = await deliver(event);
    const replay = await deliver(event);
    expect(replay.status).toBe(first.status);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await balanceOf(customer.id)).toBe(42);
    expect(await purchasesOf(event.data.externalId)).toBe(1);
    expect(await t.db.movement.count({ where: { customerId: customer.id } })).toBe(1);
  });

  it('applies 10 concurrent deliveries of one event once', async () => {
    const customer = await makeCustomer(t.db);
    const event = orderPaid({ memberCode: customer.memberCode });
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    for (const response of responses) expect(response.body).toEqual(responses[0]!.body);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    expect(await purchasesOf(event.data.externalId)).toBe(1);
    expect(await eventsKept(event.id)).toBe(1);
    expect(await balanceOf(customer.id)).toBe(42);
  });

  it('claws points back for a refunded order, once', async () => {
    const customer = await makeCustomer(t.db);
    const paid = orderPaid({ memberCode: customer.memberCode, amount: 10_000 });
    expect((await deliver(paid)).status).toBe(200);
    const refunded = {
      id: `evt_${randomUUID()}`,
      type: 'order.refunded',
      data: { orderExternalId: paid.data.externalId, refund: { externalId: 'R-1', amount: 4000 } },
    };
    const response = await deliver(refunded);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      received: true,
      result: { refund: { pointsClawedBack: 40, customer: { pointsBalance: 60 } } },
    });
    expect((await deliver(refunded)).headers['idempotent-replayed']).toBe('true');
    expect(await balanceOf(customer.id)).toBe(60);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('answers a domain error in the contract shape and keeps no event, so a retry can succeed', async () => {
    const event = {
      id: `evt_${randomUUID()}`,
      type: 'order.refunded',
      data: { orderExternalId: 'no-such-order', refund: { externalId: 'R-1', amount: 100 } },
    };
    const response = await deliver(event);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'purchase_not_found', message: expect.any(String) },
    });
    expect(await eventsKept(event.id)).toBe(0);
  });

  it('refuses a tampered body, a wrong secret, an old timestamp, a missing signature', async () => {
    const customer = await makeCustomer(t.db);
    const cases = [
      { tamper: (raw: string) => raw.replace('"amount":4200', '"amount":999999') },
      { signWith: 'whsec_not-the-secret' },
      { timestamp: nowSeconds() - 3600 },
      { timestamp: nowSeconds() + 3600 },
      { to: randomUUID() },
      { to: 'not-a-uuid' },
      { to: (await makeShop(t.db, { kind: 'ESHOP' })).id },
    ];
    for (const options of cases) {
      const event = orderPaid({ memberCode: customer.memberCode });
      const response = await deliver(event, options);
      expect(response.status, JSON.stringify(options)).toBe(401);
      expect(response.body.error.code).toBe('invalid_signature');
      expect(await purchasesOf(event.data.externalId)).toBe(0);
      expect(await eventsKept(event.id)).toBe(0);
    }
    const unsigned = await app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/orders/${shopId}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(orderPaid({})),
    });
    expect(unsigned.statusCode).toBe(401);
    expect(await balanceOf(customer.id)).toBe(0);
  });

  it('refuses bad data with 400, naming the field', async () => {
    const cases: [unknown, string][] = [
      [orderPaid({ amount: -5 }), 'data.amount'],
      [{ ...orderPaid({}), type: 'order.shipped' }, 'type'],
      [{ ...orderPaid({}), id: '' }, 'id'],
      [
        {
          id: 'evt_bad_refund',
          type: 'order.refunded',
          data: { orderExternalId: 'x', refund: { externalId: 'R' } },
        },
        'data.refund.amount',
      ],
    ];
    for (const [event, field] of cases) {
      const response = await deliver(event);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_request');
      expect(response.body.error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
    }
    const notJson = await deliver({}, { raw: '{not json' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid_request');
    expect(await eventsKept('evt_bad_refund')).toBe(0);
  });

  it('answers what POST /purchases and POST /purchases/{externalId}/refunds answer: one use case', async () => {
    const key = await makeApiKey(t.db, { shopId });
    const rest = async (url: string, payload: object) => {
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${key}` },
        payload,
      });
      return response.json();
    };
    const customer = await makeCustomer(t.db);
    const paid = orderPaid({ memberCode: customer.memberCode, amount: 10_000 });
    const { result: purchase } = (await deliver(paid)).body;
    expect(await rest('/purchases', paid.data)).toEqual(purchase);

    const refund = { externalId: 'R-1', amount: 2500 };
    const refunded = {
      id: `evt_${randomUUID()}`,
      type: 'order.refunded',
      data: { orderExternalId: paid.data.externalId, refund },
    };
    const { result: first } = (await deliver(refunded)).body;
    expect(await rest(`/purchases/${paid.data.externalId}/refunds`, refund)).toEqual(first);
    expect(await balanceOf(customer.id)).toBe(first.refund.customer.pointsBalance);
  });

  it('refuses an event id delivered again with other data, as a reused Idempotency-Key', async () => {
    const customer = await makeCustomer(t.db);
    const event = orderPaid({ memberCode: customer.memberCode });
    expect((await deliver(event)).status).toBe(200);
    const changed = await deliver({ ...event, data: { ...event.data, amount: 9900 } });
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe('idempotency_key_reused');
    expect(await balanceOf(customer.id)).toBe(42);
  });

  it('is documented in the OpenAPI document', async () => {
    const document = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(document.paths['/webhooks/orders/{shopId}'].post).toMatchObject({
      tags: ['webhooks'],
      requestBody: { content: { 'application/json': { schema: expect.any(Object) } } },
    });
    expect(document.paths['/purchases']).toBeDefined();
  });
});
