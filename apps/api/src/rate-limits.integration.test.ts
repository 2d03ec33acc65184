import { currentCardToken } from '@fidele/core/customers';
import { makeApiKey, makeCustomer, makeShop } from '@fidele/core/testing';
import { createDb } from '@fidele/db';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let shopId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 100_000 });
  shopId = (await makeShop(t.db, { kind: 'STORE' })).id;
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

/** A wrong token for the member: the right member code, an OTP that is not the current one. */
const wrongToken = async (customerId: string, attempt: number) => {
  const right = (await currentCardToken(t.db, customerId)).token;
  const otp = String((Number(right.slice(-8)) + 1 + attempt) % 100_000_000).padStart(8, '0');
  return `${right.slice(0, -8)}${otp}`;
};

describe('card-token guesses at the till', () => {
  it('answers 429 rate_limited with Retry-After after 5 wrong tokens for one member, then refuses the right one too', async () => {
    const call = restClient(app, () => key);
    const key = await makeApiKey(t.db, { shopId });
    const customer = await makeCustomer(t.db);
    const lookup = async (cardToken: string) =>
      call({ url: `/customers/lookup?cardToken=${encodeURIComponent(cardToken)}` });
    for (let i = 0; i < 5; i++)
      expect(await lookup(await wrongToken(customer.id, i))).toMatchObject({
        status: 403,
        body: { error: { code: 'card_token_invalid' } },
      });
    const limited = await lookup(await wrongToken(customer.id, 5));
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(500);
    const right = await lookup((await currentCardToken(t.db, customer.id)).token);
    expect(right).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    // Another member at the same till is not affected.
    const other = await makeCustomer(t.db);
    expect((await lookup((await currentCardToken(t.db, other.id)).token)).status).toBe(200);
  });

  it('limits one API key to 30 wrong tokens, whatever the members', async () => {
    const key = await makeApiKey(t.db, { shopId });
    const call = restClient(app, () => key);
    const customers = await Promise.all(Array.from({ length: 8 }, () => makeCustomer(t.db)));
    for (let i = 0; i < 30; i++) {
      const { id } = customers[i % 8]!;
      const response = await call({
        url: `/customers/lookup?cardToken=${encodeURIComponent(await wrongToken(id, i))}`,
      });
      expect(response.status).toBe(403);
    }
    const { id } = customers[0]!;
    const response = await call({
      url: `/customers/lookup?cardToken=${encodeURIComponent((await currentCardToken(t.db, id)).token)}`,
    });
    expect(response.status).toBe(429);
  });
});

describe('requests per API key', () => {
  it('holds across two server processes sharing the database', async () => {
    const otherDb = createDb(t.url, { max: 2 });
    const a = buildServer({ db: t.db, rateLimitPerMinute: 3 });
    const b = buildServer({ db: otherDb, rateLimitPerMinute: 3 });
    const key = await makeApiKey(t.db, { shopId });
    try {
      const statuses = [];
      for (const server of [a, b, a, b])
        statuses.push(
          (
            await server.inject({
              url: '/api/v1/customers/lookup?email=nobody@example.com',
              headers: { authorization: `Bearer ${key}` },
            })
          ).statusCode,
        );
      expect(statuses.slice(0, 3)).not.toContain(429);
      expect(statuses[3]).toBe(429);
    } finally {
      await a.close();
      await b.close();
      await otherDb.$disconnect();
    }
  });
});

describe('requests without a valid API key', () => {
  const from = (remoteAddress: string, key?: string) =>
    app.inject({
      url: '/api/v1/customers/lookup?memberCode=000000000000',
      remoteAddress,
      headers: key ? { authorization: `Bearer ${key}` } : {},
    });

  it('answers 429 with Retry-After after 60 a minute from one address, with no key or a new guess each time', async () => {
    for (let i = 0; i < 60; i++) expect((await from('192.0.2.1')).statusCode).toBe(401);
    const limited = await from('192.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    for (let i = 0; i < 60; i++)
      expect((await from('192.0.2.2', `fdl_guess_${i}_${shopId}`)).statusCode).toBe(401);
    expect((await from('192.0.2.2', `fdl_guess_last_${shopId}`)).statusCode).toBe(429);
  });

  it('leaves a valid key behind the same address untouched', async () => {
    for (let i = 0; i < 61; i++) await from('192.0.2.3');
    const key = await makeApiKey(t.db, { shopId });
    expect((await from('192.0.2.3', key)).statusCode).toBe(404);
  });
});
