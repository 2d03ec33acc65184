import { makeApiKey, makeCustomer, makeShop } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { restRoutes, terminalRouter } from '@fidele/api/terminal';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { expectConforms } from './testing/contract-conformance.ts';

// Whatever a till sends, the answer is a contract-shaped response, never a 500.
let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let key: string;
let memberCode: string;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  const shop = await makeShop(t.db);
  key = await makeApiKey(t.db, { shopId: shop.id });
  memberCode = (await makeCustomer(t.db)).memberCode;
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const almostValidPurchase = () =>
  fc.record(
    {
      externalId: fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
      memberCode: fc.oneof(fc.constant(memberCode), fc.stringMatching(/^\d{12}$/), fc.anything()),
      amount: fc.oneof(fc.integer({ min: -10, max: 2_000_000_000 }), fc.double(), fc.string()),
      currency: fc.oneof(fc.constantFrom('EUR', 'USD', 'JPY', 'XXX', 'eur', ''), fc.anything()),
      occurredAt: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string(),
      ),
      lines: fc.oneof(
        fc.anything(),
        fc.array(fc.record({ sku: fc.string(), quantity: fc.integer(), unitAmount: fc.integer() })),
      ),
    },
    { requiredKeys: [] },
  );

it('answers any purchase body with a contract status and shape', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(almostValidPurchase(), fc.anything()), async (body) => {
      const before = await t.db.purchase.count();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/purchases',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        payload: JSON.stringify(body ?? null),
      });
      expect([200, 201, 400, 404, 409]).toContain(response.statusCode);
      await expectConforms(app, {
        method: 'POST',
        url: '/api/v1/purchases',
        status: response.statusCode,
        body: response.json(),
        headers: response.headers,
      });
      if (response.statusCode >= 400) {
        expect(response.json()).toEqual({
          error: { code: expect.any(String), message: expect.any(String) },
        });
        expect(await t.db.purchase.count()).toBe(before);
      }
    }),
    { numRuns: 300 },
  );
});

it('answers any lookup query with a contract status and shape', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(fc.constantFrom('memberCode', 'email', 'phone', 'x'), fc.string()),
      async (query) => {
        const response = await app.inject({
          url: '/api/v1/customers/lookup',
          query,
          headers: { authorization: `Bearer ${key}` },
        });
        expect([200, 400, 404]).toContain(response.statusCode);
        await expectConforms(app, {
          method: 'GET',
          url: '/api/v1/customers/lookup',
          status: response.statusCode,
          body: response.json(),
          headers: response.headers,
        });
      },
    ),
    { numRuns: 200 },
  );
});

// Any JSON with any text (NUL, unpaired surrogates, any code unit) in any field of any endpoint.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.string(), fc.constantFrom('\u0000', '\ud800', '\udfff'), fc.string())
    .map((parts) => parts.join('')),
);
// The fields are fuzzed over an otherwise valid body, so the text reaches the database's side.
const validBody = {
  externalId: 'F-1',
  amount: 100,
  occurredAt: '2026-11-20T10:15:00Z',
  code: 'ABCD-EFGH',
  basketAmount: 100,
  email: 'fuzz@example.com',
  firstName: 'Fuzz',
};
const anyJson = fc.oneof(
  fc
    .dictionary(
      fc.constantFrom(
        'externalId',
        'memberCode',
        'cardToken',
        'email',
        'phone',
        'code',
        'firstName',
      ),
      fc.oneof(anyText, fc.integer(), fc.constant(null)),
    )
    .map((fields) => ({ ...validBody, ...fields })),
  fc.jsonValue(),
  fc.anything(),
);

it('answers every endpoint, whatever JSON and text it gets, as its document says and never 500', async () => {
  const uuid = '00000000-0000-4000-8000-000000000000';
  for (const route of restRoutes(terminalRouter))
    await fc.assert(
      fc.asyncProperty(anyJson, anyText, async (body, pathText) => {
        // A URL carries UTF-8: the fuzzed text goes in the first path parameter and the query
        // without unpaired surrogates (the JSON body carries those).
        const urlText = encodeURIComponent(pathText.replace(/[\ud800-\udfff]/g, ''));
        const [first, ...others] = route.path.split(/\{\w+\}/);
        const path = others.length ? `${first}${urlText || uuid}${others.join(uuid)}` : route.path;
        const url = `/api/v1${path}`;
        const response = await app.inject({
          method: route.method,
          url: route.method === 'GET' ? `${url}?memberCode=${urlText}` : url,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          ...(route.method === 'GET' ? {} : { payload: JSON.stringify(body ?? null) ?? 'null' }),
        });
        expect(response.statusCode).toBeLessThan(500);
        await expectConforms(app, {
          method: route.method,
          url,
          status: response.statusCode,
          body: response.json(),
          headers: response.headers,
        });
      }),
      { numRuns: 60 },
    );
});
