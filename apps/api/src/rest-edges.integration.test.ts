import { connect, type AddressInfo } from 'node:net';
import { restRoutes, terminalRouter } from '@fidele/api/terminal';
import { makeApiKey, makeCustomer, makeShop, ledgerViolations } from '@fidele/core/testing';
import { createDb } from '@fidele/db';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { type RestCall, restClient } from './testing/rest-client.ts';

// The edges of the contract: what the framework refuses, text no database stores, long
// identifiers, resent purchases, refusals kept under their Idempotency-Key, a database away.
let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let key: string;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  const shop = await makeShop(t.db, { kind: 'STORE' });
  key = await makeApiKey(t.db, { shopId: shop.id });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const call = (request: RestCall) => restClient(app, () => key)(request);

const purchase = (overrides: Record<string, unknown> = {}) => ({
  externalId: `E-${Math.random().toString(36).slice(2)}`,
  amount: 4_250,
  currency: 'EUR',
  occurredAt: '2026-11-20T10:15:00+01:00',
  ...overrides,
});

const errorShape = { error: { code: expect.any(String), message: expect.any(String) } };

describe("the framework's own refusals", () => {
  it('answers malformed JSON, a foreign content type and a body too large in the contract shape', async () => {
    const json = { 'content-type': 'application/json' };
    expect(
      await call({ method: 'POST', url: '/purchases', headers: json, body: '{"amount":' }),
    ).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(
      await call({
        method: 'POST',
        url: '/purchases',
        headers: { 'content-type': 'application/xml' },
        body: '<purchase/>',
      }),
    ).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(
      await call({
        method: 'POST',
        url: '/purchases',
        headers: json,
        body: JSON.stringify({ externalId: 'x'.repeat(300_000) }),
      }),
    ).toMatchObject({ status: 413, body: { error: { code: 'body_too_large' } } });
  });

  it('answers a URL too long with 414 and an unknown route with 404, in the contract shape', async () => {
    expect(await call({ url: `/customers/lookup?email=${'x'.repeat(9_000)}` })).toMatchObject({
      status: 414,
      body: { error: { code: 'url_too_long' } },
    });
    expect(await call({ url: '/nowhere' })).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
  });

  it('answers a request line over 16 KiB, which Node refuses before Fastify, in the contract shape', async () => {
    const server = buildServer({ db: t.db, rateLimitPerMinute: 1 });
    await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = server.server.address() as AddressInfo;
      const raw = await new Promise<string>((resolve, reject) => {
        let answer = '';
        const socket = connect(port, '127.0.0.1', () =>
          socket.write(`GET /api/v1/health?x=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: api\r\n\r\n`),
        );
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({
        error: { code: 'headers_too_large', message: expect.any(String) },
      });
    } finally {
      await server.close();
    }
  });

  it('answers a path parameter that is not a valid id with 400 naming it', async () => {
    const response = await call({ url: '/customers/not-a-uuid/rewards' });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(response.body.error.message).toMatch(/^id: /);
  });
});

describe('text a database cannot store', () => {
  const fields = ['externalId', 'memberCode', 'cardToken', 'email', 'phone', 'firstName', 'code'];
  const samples = ['a\u0000b', 'a\ud800b', '\udfffz'];
  const uuid = '00000000-0000-4000-8000-000000000000';
  const valid = {
    ...purchase(),
    email: 'text@example.com',
    firstName: 'Ana',
    code: 'ABCD-EFGH',
    basketAmount: 1_000,
  };

  it('is refused with 400 invalid_request on every endpoint, in the body and in the path', async () => {
    for (const route of restRoutes(terminalRouter).filter((r) => r.path !== '/health'))
      for (const sample of samples) {
        for (const field of fields) {
          const url = route.path.replace(/\{\w+\}/g, uuid);
          // A URL carries UTF-8: an unpaired surrogate cannot be sent in a query, only in JSON.
          if (route.method === 'GET' && sample !== samples[0]) continue;
          const response =
            route.method === 'GET'
              ? await call({ url: `${url}?${field}=${encodeURIComponent(sample)}` })
              : await call({ method: 'POST', url, body: { ...valid, [field]: sample } });
          expect([route.path, field, sample, response.status]).toEqual([
            route.path,
            field,
            sample,
            400,
          ]);
          expect(response.body.error.code).toBe('invalid_request');
        }
        for (const parameter of route.path.match(/\{\w+\}/g) ?? []) {
          const url = route.path.replace(/\{\w+\}/g, (p) =>
            p === parameter ? encodeText(sample) : uuid,
          );
          const response = await call({
            method: route.method as 'GET',
            url,
            body: route.method === 'GET' ? undefined : valid,
          });
          expect([route.path, parameter, response.status]).toEqual([route.path, parameter, 400]);
        }
      }
    expect(await t.db.purchase.count()).toBe(0);
  });
});

describe('deeply nested bodies', () => {
  it('answers 400, not a stack overflow, whatever nesting fits in the body limit', async () => {
    const depth = 120_000;
    for (const leaf of ['"x"', '"x\\u0000"']) {
      const body = `{"externalId":"D","amount":1,"occurredAt":"2026-11-20T10:15:00Z","lines":${'['.repeat(depth)}${leaf}${']'.repeat(depth)}}`;
      const response = await call({
        method: 'POST',
        url: '/purchases',
        headers: { 'content-type': 'application/json', 'idempotency-key': `deep-${leaf}` },
        body,
      });
      expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    }
  });
});

/** Percent-encodes a string as UTF-16 code units would be if they were UTF-8 (lone surrogates too). */
const encodeText = (text: string) =>
  [...text]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (unit < 0xd800 || unit > 0xdfff) return encodeURIComponent(char);
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    })
    .join('');

describe('refunds of a long externalId', () => {
  it('refunds a purchase through its path whatever externalId the API accepted', async () => {
    const customer = await makeCustomer(t.db);
    for (const externalId of ['x'.repeat(255), `Ticket #42/€ ${'é'.repeat(240)}`]) {
      const bought = await call({
        method: 'POST',
        url: '/purchases',
        body: purchase({ externalId, memberCode: customer.memberCode }),
      });
      expect(bought.status).toBe(201);
      const refund = await call({
        method: 'POST',
        url: `/purchases/${encodeURIComponent(externalId)}/refunds`,
        body: { externalId: `R-${externalId.length}`, amount: 1_000 },
      });
      expect(refund.status).toBe(201);
    }
    const tooLong = await call({
      method: 'POST',
      url: `/purchases/${'x'.repeat(256)}/refunds`,
      body: { externalId: 'R', amount: 1 },
    });
    expect(tooLong).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});

describe('GET /customers/lookup', () => {
  it.each([
    'memberCode=123',
    'memberCode=abc',
    'email=nobody',
    'email=nobody%40example.com',
    'phone=abc',
    'phone=%2B33600000000',
  ])('answers an identifier of nobody, whatever its shape (%s), with 404', async (query) => {
    expect(await call({ url: `/customers/lookup?${query}` })).toMatchObject({
      status: 404,
      body: { error: { code: 'customer_not_found' } },
    });
  });
});

describe('POST /purchases, sent again', () => {
  it('refuses the same externalId with another amount or lines with 409 naming the difference', async () => {
    const first = purchase({ lines: [{ sku: 'A', quantity: 1, unitAmount: 4_250 }] });
    expect((await call({ method: 'POST', url: '/purchases', body: first })).status).toBe(201);
    const moreExpensive = await call({
      method: 'POST',
      url: '/purchases',
      body: { ...first, amount: 9_000 },
    });
    expect(moreExpensive).toMatchObject({
      status: 409,
      body: { error: { code: 'purchase_conflict' } },
    });
    expect(moreExpensive.body.error.message).toMatch(/^amount: .*4250 EUR.*9000 EUR/);
    const otherLines = await call({
      method: 'POST',
      url: '/purchases',
      body: { ...first, lines: [{ sku: 'B', quantity: 1, unitAmount: 4_250 }] },
    });
    expect(otherLines).toMatchObject({
      status: 409,
      body: { error: { code: 'purchase_conflict' } },
    });
    expect(otherLines.body.error.message).toMatch(/^lines: /);
    const same = await call({ method: 'POST', url: '/purchases', body: first });
    expect(same.status).toBe(200);
  });

  it('says the points earned, the bonus credited with them and the tier they moved', async () => {
    await t.db.earnRule.create({
      data: { kind: 'NEW_CHANNEL_BONUS', name: 'First purchase in a shop', points: 75 },
    });
    await t.db.tier.create({ data: { code: 'SILVER', name: 'Silver', rank: 1, threshold: 500 } });
    const customer = await makeCustomer(t.db);
    const response = await call({
      method: 'POST',
      url: '/purchases',
      body: purchase({ memberCode: customer.memberCode, amount: 100_000 }),
    });
    expect(response.status).toBe(201);
    const { pointsEarned, bonusPoints, customer: after } = response.body.purchase;
    expect(bonusPoints).toBe(75);
    expect(after.pointsBalance).toBe(pointsEarned + bonusPoints);
    expect(after.tierChange).toEqual({
      from: { code: 'MEMBER', name: 'Member' },
      to: { code: 'SILVER', name: 'Silver' },
    });
    const next = await call({
      method: 'POST',
      url: '/purchases',
      body: purchase({ memberCode: customer.memberCode }),
    });
    expect(next.body.purchase).toMatchObject({ bonusPoints: 0 });
    expect(next.body.purchase.customer.tierChange).toBeUndefined();
    expect(await ledgerViolations(t.db)).toEqual([]);
  });
});

describe('Idempotency-Key and refusals', () => {
  it('keeps a domain refusal under its key: a retry gets the same refusal, not a later success', async () => {
    const headers = { 'idempotency-key': `refused-${Math.random()}` };
    const body = { code: 'NOPE-NOPE', basketAmount: 1_000, currency: 'EUR' };
    const first = await call({ method: 'POST', url: '/codes/redeem', headers, body });
    expect(first).toMatchObject({ status: 404, body: { error: { code: 'code_not_found' } } });
    const again = await call({ method: 'POST', url: '/codes/redeem', headers, body });
    expect(again).toMatchObject({ status: 404, body: first.body });
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('keeps a purchase for a member code the programme does not have refused under its key', async () => {
    const headers = { 'idempotency-key': `unknown-member-${Math.random()}` };
    const body = purchase({ memberCode: '000000000000' });
    const first = await call({ method: 'POST', url: '/purchases', headers, body });
    expect(first).toMatchObject({ status: 404, body: { error: { code: 'customer_not_found' } } });
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await call({ method: 'POST', url: '/purchases', headers, body });
    expect(again).toMatchObject({ status: 404, body: first.body });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await t.db.purchase.count({ where: { externalId: body.externalId } })).toBe(0);
  });

  it('keeps a purchase_conflict refused under its key even once the purchase could pass', async () => {
    const first = purchase();
    await call({ method: 'POST', url: '/purchases', body: first });
    const headers = { 'idempotency-key': `conflict-${Math.random()}` };
    const changed = { ...first, amount: 9_000 };
    expect((await call({ method: 'POST', url: '/purchases', headers, body: changed })).status).toBe(
      409,
    );
    await t.db.purchase.deleteMany({ where: { externalId: first.externalId } });
    const retried = await call({ method: 'POST', url: '/purchases', headers, body: changed });
    expect(retried).toMatchObject({ status: 409, body: { error: { code: 'purchase_conflict' } } });
  });
});

describe('a database away', () => {
  it('answers 503 service_unavailable with Retry-After on every endpoint, never 500', async () => {
    // Port 1 is never a PostgreSQL server: every connection is refused.
    const closed = createDb('postgresql://postgres@127.0.0.1:1/none');
    const away = buildServer({ db: closed, rateLimitPerMinute: 1_000_000 });
    try {
      const uuid = '00000000-0000-4000-8000-000000000000';
      for (const route of restRoutes(terminalRouter)) {
        const response = await restClient(
          away,
          () => key,
        )({
          method: route.method as 'GET',
          url: route.path.replace(/\{\w+\}/g, uuid),
          body: route.method === 'GET' ? undefined : purchase({ code: 'ABCD', basketAmount: 1 }),
        });
        expect([route.path, response.status, response.body]).toEqual([
          route.path,
          503,
          { error: { code: 'service_unavailable', message: expect.any(String) } },
        ]);
        expect(response.headers['retry-after']).toMatch(/^\d+$/);
      }
      const webhook = await away.inject({
        method: 'POST',
        url: `/api/v1/webhooks/orders/${uuid}`,
        headers: { 'content-type': 'application/json' },
        payload: '{}',
      });
      expect([webhook.statusCode, webhook.json()]).toEqual([503, errorShape]);
    } finally {
      await away.close();
      await closed.$disconnect();
    }
  });
});
