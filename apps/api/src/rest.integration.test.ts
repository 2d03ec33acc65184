import { type ApiKeyCache, createApiKeyCache } from '@fidele/core/api-keys';
import { makeApiKey, makeCustomer, makeShop, ledgerViolations } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildServer } from './server.ts';
import { type RestCall, restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let apiKeys: ApiKeyCache;
let app: ReturnType<typeof buildServer>;
let storeKey: string;
let eshopKey: string;

beforeAll(async () => {
  t = await createTestDatabase();
  // As the API server runs: keys kept in memory, forgotten when they change.
  apiKeys = createApiKeyCache(t.db, t.url);
  await vi.waitFor(() => expect(apiKeys.listening).toBe(true), { timeout: 5_000 });
  app = buildServer({ db: t.db, apiKeys, rateLimitPerMinute: 100_000 });
  const store = await makeShop(t.db, { kind: 'STORE' });
  const eshop = await makeShop(t.db, { kind: 'ESHOP' });
  storeKey = await makeApiKey(t.db, { shopId: store.id });
  eshopKey = await makeApiKey(t.db, { shopId: eshop.id });
});
afterAll(async () => {
  await app.close();
  await apiKeys.close();
  await t.drop();
});

const call = (request: RestCall) => restClient(app, () => storeKey)(request);

const purchase = (overrides: Record<string, unknown> = {}) => ({
  externalId: `T-${Math.random().toString(36).slice(2)}`,
  amount: 4_250,
  currency: 'EUR',
  occurredAt: '2026-11-20T10:15:00+01:00',
  ...overrides,
});

describe('GET /health', () => {
  it('answers without a key', async () => {
    const response = await call({ url: '/health', key: null });
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});

describe('OpenAPI', () => {
  // The contract's endpoints, as integrators read them in docs/pos-api.md.
  const CONTRACT = [
    'GET /health',
    'GET /customers/lookup',
    'POST /customers',
    'GET /customers/{id}/rewards',
    'POST /customers/{id}/rewards/{rewardId}/claim',
    'GET /customers/{id}/offers',
    'POST /customers/{id}/offers/{offerId}/claim',
    'POST /purchases',
    'POST /purchases/{externalId}/refunds',
    'POST /baskets/quote',
    'POST /codes/validate',
    'POST /codes/redeem',
    'POST /redemptions/{id}/rollback',
    'POST /invitations/check-in',
    'POST /webhooks/orders/{shopId}',
    'POST /webhooks/sms/twilio',
    'POST /webhooks/sms/twilio/status',
  ];
  type Operation = {
    parameters?: { name: string; in: string; description?: string }[];
    responses: Record<string, unknown>;
    security?: object[];
  };
  const documented = async () =>
    (await app.inject({ url: '/api/v1/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, object> };
    };

  it('documents every endpoint of the contract, each served as documented', async () => {
    const document = await documented();
    // A valid OpenAPI 3.1 document, as code generators and the reference page read it.
    expect(await new Validator().validate(structuredClone(document))).toEqual({ valid: true });
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual([...CONTRACT].sort());
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const operation of CONTRACT.filter((o) => !o.includes('/webhooks/'))) {
      const [method, path] = operation.split(' ') as ['GET' | 'POST', string];
      // `call` checks the answer against the document; a route it lacks would be `not_found`.
      const answer = await call({
        method,
        url: path.replace(/\{\w+\}/g, uuid),
        key: null,
        ...(method === 'POST' ? { body: {} } : {}),
      });
      expect([operation, answer.body?.error?.code]).not.toEqual([operation, 'not_found']);
    }
  });

  it('says what each operation answers: its statuses, the Idempotency-Key, the key it needs', async () => {
    const document = await documented();
    expect(document.components.securitySchemes.bearer).toMatchObject({ scheme: 'bearer' });
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item)) {
        const statuses = Object.keys(operation.responses);
        const where = `${method} ${path}`;
        expect(statuses, where).toEqual(expect.arrayContaining(['400', '500', '503']));
        if (path === '/health' || path.startsWith('/webhooks/')) {
          expect(operation.security, where).toEqual([]);
          continue;
        }
        expect(operation.security, where).toEqual([{ bearer: [] }]);
        expect(statuses, where).toEqual(expect.arrayContaining(['401', '403', '429']));
        if (method === 'post') {
          expect(statuses, where).toContain('413');
          expect(
            operation.parameters?.map((p) => p.name),
            where,
          ).toContain('Idempotency-Key');
        }
      }
    expect(Object.keys(document.paths['/purchases']!.post!.responses)).toEqual(
      expect.arrayContaining(['200', '201']),
    );
    expect(document.paths['/purchases']!.post!.responses['201']).toBeDefined();
    expect(document.paths['/codes/redeem']!.post!.responses['201']).toBeDefined();
    expect(document.paths['/codes/redeem']!.post!.responses['200']).toBeUndefined();
  });

  it('describes every parameter and every field', async () => {
    const document = await documented();
    const missing: string[] = [];
    // Every schema anywhere in the operation (request, responses, errors): each property described.
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const { properties } = node as { properties?: Record<string, { description?: string }> };
      for (const [name, property] of Object.entries(properties ?? {}))
        if (!property.description) missing.push(`${at}.${name}`);
      for (const [key, value] of Object.entries(node)) walk(value, `${at}.${key}`);
    };
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item)) {
        for (const parameter of operation.parameters ?? [])
          if (!parameter.description) missing.push(`${method} ${path} ${parameter.name}`);
        walk(operation, `${method} ${path}`);
      }
    expect(missing).toEqual([]);
  });

  it('serves an interactive reference', async () => {
    const page = await app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/api/v1/openapi.json');
    const script = await app.inject({ url: '/api/docs/scalar.js' });
    expect(script.statusCode).toBe(200);
  });
});

describe('API keys', () => {
  it.each([
    ['missing', null],
    ['unknown', 'fdl_live_doesnotexist00000000000000'],
    ['malformed', 'not a key at all'],
  ])('refuses a %s key with 401 unauthorized', async (_label, key) => {
    const response = await call({ url: '/customers/lookup?email=a@example.com', key });
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('refuses a key revoked after its last request', async () => {
    const shop = await makeShop(t.db);
    const key = await makeApiKey(t.db, { shopId: shop.id });
    const lookup = () => call({ url: '/customers/lookup?email=a@example.com', key });
    expect((await lookup()).status).toBe(404);
    await t.db.apiKey.updateMany({ where: { shopId: shop.id }, data: { revokedAt: new Date() } });
    await vi.waitFor(async () => expect((await lookup()).status).toBe(401), { timeout: 1_000 });
  });

  it('refuses a key without the scope with 403 forbidden', async () => {
    const shop = await makeShop(t.db);
    const key = await makeApiKey(t.db, { shopId: shop.id, scopes: ['customers:read'] });
    const response = await call({ method: 'POST', url: '/purchases', key, body: purchase() });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  });
});

describe('GET /customers/lookup', () => {
  it('finds a customer by member code, email or phone', async () => {
    const customer = await makeCustomer(t.db, { phone: '+33612345678', firstName: 'Léa' });
    for (const query of [
      `memberCode=${customer.memberCode}`,
      `email=${encodeURIComponent(customer.email.toUpperCase())}`,
      `phone=${encodeURIComponent('+33 6 12 34 56 78')}`,
    ]) {
      const response = await call({ url: `/customers/lookup?${query}` });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        customer: {
          id: customer.id,
          memberCode: customer.memberCode,
          firstName: 'Léa',
          tier: { code: 'MEMBER', name: 'Member' },
          pointsBalance: 0,
          pendingPoints: 0,
          blocked: false,
        },
      });
    }
  });

  it('says customer_not_found for an unknown customer', async () => {
    const response = await call({ url: '/customers/lookup?memberCode=123456789012' });
    expect(response).toMatchObject({
      status: 404,
      body: { error: { code: 'customer_not_found' } },
    });
  });

  it.each(['', 'email=x@example.com&phone=%2B33612345678'])(
    'refuses the query "%s" with 400 invalid_request',
    async (query) => {
      const response = await call({ url: `/customers/lookup?${query}` });
      expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    },
  );
});

describe('POST /customers', () => {
  it('enrols a customer at the till and refuses a second one with the same email', async () => {
    const body = { email: 'Enrol@Example.com', firstName: 'Karim', consents: { email: true } };
    const created = await call({ method: 'POST', url: '/customers', body });
    expect(created.status).toBe(201);
    expect(created.body.customer).toMatchObject({ firstName: 'Karim', pointsBalance: 0 });
    expect(created.body.customer.memberCode).toMatch(/^\d{12}$/);
    const again = await call({ method: 'POST', url: '/customers', body });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'customer_exists' } } });
  });

  it('enrols a friend with the referral code she gives, and refuses a code nobody has', async () => {
    const referrer = await makeCustomer(t.db);
    const { referralCode } = await t.db.customer.findUniqueOrThrow({ where: { id: referrer.id } });
    const spoken = `${referralCode.slice(0, 4).toLowerCase()}-${referralCode.slice(4)}`;
    const created = await call({
      method: 'POST',
      url: '/customers',
      body: { email: 'friend@example.com', firstName: 'Léa', referralCode: spoken },
    });
    expect(created.status).toBe(201);
    expect(
      await t.db.referral.findUniqueOrThrow({ where: { friendId: created.body.customer.id } }),
    ).toMatchObject({ referrerId: referrer.id, via: 'TILL', status: 'PENDING' });
    const unknown = await call({
      method: 'POST',
      url: '/customers',
      body: { email: 'nobody-friend@example.com', firstName: 'Zoé', referralCode: 'ZZZZ-ZZZZ' },
    });
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { code: 'referral_code_unknown' } },
    });
    expect(await t.db.customer.count({ where: { email: 'nobody-friend@example.com' } })).toBe(0);
  });

  it('records where the customer joined: at a till, or on the e-shop', async () => {
    const sourceOf = async (key: string, email: string) => {
      const created = await call({
        method: 'POST',
        url: '/customers',
        body: { email, firstName: 'Ana' },
        key,
      });
      return (await t.db.customer.findUniqueOrThrow({ where: { id: created.body.customer.id } }))
        .signUpSource;
    };
    expect(await sourceOf(storeKey, 'till-joiner@example.com')).toBe('SHOP');
    expect(await sourceOf(eshopKey, 'web-joiner@example.com')).toBe('ESHOP');
  });

  it('names the offending field', async () => {
    const response = await call({
      method: 'POST',
      url: '/customers',
      body: { email: 'nope', firstName: 'A' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request' });
    expect(response.body.error.message).toMatch(/^email/);
  });
});

describe('POST /purchases', () => {
  it('earns one point per whole currency unit, once per externalId', async () => {
    const customer = await makeCustomer(t.db);
    const body = purchase({ memberCode: customer.memberCode, amount: 4_299 });
    const first = await call({ method: 'POST', url: '/purchases', body });
    expect(first.status).toBe(201);
    expect(first.body.purchase).toMatchObject({
      externalId: body.externalId,
      pointsEarned: 42,
      customer: { id: customer.id, pointsBalance: 42, tier: { code: 'MEMBER' } },
    });
    const resend = await call({ method: 'POST', url: '/purchases', body });
    expect(resend.status).toBe(200);
    expect(resend.body.purchase).toMatchObject({ id: first.body.purchase.id, pointsEarned: 42 });
    expect(resend.body.purchase.customer.pointsBalance).toBe(42);
  });

  it('records a purchase without a customer and earns nothing', async () => {
    const response = await call({ method: 'POST', url: '/purchases', body: purchase() });
    expect(response.status).toBe(201);
    expect(response.body.purchase.pointsEarned).toBe(0);
    expect(response.body.purchase.customer).toBeUndefined();
  });

  it('takes the channel from the key: the same externalId in two shops is two purchases', async () => {
    const customer = await makeCustomer(t.db);
    const body = purchase({ memberCode: customer.memberCode, amount: 1_000 });
    await call({ method: 'POST', url: '/purchases', body });
    const online = await call({ method: 'POST', url: '/purchases', body, key: eshopKey });
    expect(online.status).toBe(201);
    const channels = await t.db.movement.findMany({
      where: { customerId: customer.id },
      select: { channel: true },
    });
    expect(channels.map((m) => m.channel).sort()).toEqual(['ESHOP', 'STORE']);
  });

  it('earns once when several tills send the same purchase at the same moment', async () => {
    const customer = await makeCustomer(t.db);
    const body = purchase({ memberCode: customer.memberCode, amount: 10_000 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => call({ method: 'POST', url: '/purchases', body })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(19);
    const account = await t.db.account.findUniqueOrThrow({ where: { customerId: customer.id } });
    expect(account.balance).toBe(100);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('earns every one of 20 different purchases of one customer sent at the same moment', async () => {
    const customer = await makeCustomer(t.db);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        call({
          method: 'POST',
          url: '/purchases',
          body: purchase({ memberCode: customer.memberCode, amount: 1_000 }),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const balances = responses
      .map((r) => r.body.purchase.customer.pointsBalance)
      .sort((a, b) => a - b);
    expect(balances).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 10));
    const account = await t.db.account.findUniqueOrThrow({ where: { customerId: customer.id } });
    expect(account.balance).toBe(200);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('refuses an unknown member code and records nothing', async () => {
    const body = purchase({ memberCode: '123456789012' });
    const response = await call({ method: 'POST', url: '/purchases', body });
    expect(response).toMatchObject({
      status: 404,
      body: { error: { code: 'customer_not_found' } },
    });
    expect(await t.db.purchase.count({ where: { externalId: body.externalId } })).toBe(0);
  });

  it.each([
    ['amount', { amount: -1 }],
    ['amount', { amount: 12.5 }],
    ['amount', { amount: '4250' }],
    ['currency', { currency: 'XYZ' }],
    ['currency', { currency: 'euro' }],
    ['externalId', { externalId: undefined }],
    ['externalId', { externalId: 'x'.repeat(256) }],
    ['occurredAt', { occurredAt: 'yesterday' }],
    ['memberCode', { memberCode: 42 }],
    ['lines.0.quantity', { lines: [{ sku: 'A', quantity: 0, unitAmount: 100 }] }],
  ])('refuses a bad %s with 400 naming it, and writes nothing', async (field, overrides) => {
    const before = await t.db.purchase.count();
    const response = await call({ method: 'POST', url: '/purchases', body: purchase(overrides) });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_request');
    expect(response.body.error.message.startsWith(field)).toBe(true);
    expect(await t.db.purchase.count()).toBe(before);
  });

  it('refuses malformed JSON with 400 invalid_request', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/purchases',
      headers: { authorization: `Bearer ${storeKey}`, 'content-type': 'application/json' },
      payload: '{"amount": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for a retry with the same key and body', async () => {
    const customer = await makeCustomer(t.db);
    const headers = { 'idempotency-key': 'retry-1' };
    const body = purchase({ memberCode: customer.memberCode });
    const first = await call({ method: 'POST', url: '/purchases', body, headers });
    const retry = await call({ method: 'POST', url: '/purchases', body, headers });
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses the same key with another body', async () => {
    const headers = { 'idempotency-key': 'reused-1' };
    await call({ method: 'POST', url: '/purchases', body: purchase(), headers });
    const response = await call({ method: 'POST', url: '/purchases', body: purchase(), headers });
    expect(response).toMatchObject({
      status: 422,
      body: { error: { code: 'idempotency_key_reused' } },
    });
  });

  it('keeps keys per API key', async () => {
    const headers = { 'idempotency-key': 'per-key-1' };
    await call({ method: 'POST', url: '/purchases', body: purchase(), headers });
    const other = await call({
      method: 'POST',
      url: '/purchases',
      body: purchase(),
      headers,
      key: eshopKey,
    });
    expect(other.status).toBe(201);
  });

  it('acts once when retries race: the others replay or are told the key is in use', async () => {
    const customer = await makeCustomer(t.db);
    const headers = { 'idempotency-key': 'race-1' };
    const body = { email: `race-${customer.id}@example.com`, firstName: 'Race' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call({ method: 'POST', url: '/customers', body, headers })),
    );
    for (const response of responses) {
      if (response.status === 409) expect(response.body.error.code).toBe('idempotency_key_in_use');
      else expect(response.status).toBe(201);
    }
    expect(await t.db.customer.count({ where: { email: body.email } })).toBe(1);
  });

  it('refuses an over-long key', async () => {
    const headers = { 'idempotency-key': 'k'.repeat(256) };
    const response = await call({ method: 'POST', url: '/purchases', body: purchase(), headers });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});

describe('rate limit', () => {
  it('answers 429 rate_limited with Retry-After past the limit', async () => {
    const limited = buildServer({ db: t.db, rateLimitPerMinute: 2 });
    const inject = () =>
      limited.inject({
        url: '/api/v1/customers/lookup?email=a@example.com',
        headers: { authorization: `Bearer ${storeKey}` },
      });
    await inject();
    await inject();
    const response = await inject();
    expect(response.statusCode).toBe(429);
    expect(response.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    await limited.close();
  });
});
