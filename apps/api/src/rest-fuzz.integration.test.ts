import { makeApiKey, makeCustomer, makeShop } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
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
