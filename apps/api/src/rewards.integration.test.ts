import { currentCardToken } from '@fidele/core/customers';
import {
  givePoints,
  ledgerViolations,
  makeApiKey,
  makeCustomer,
  makeReward,
  makeShop,
} from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let storeKey: string;
let eshopKey: string;
let call: ReturnType<typeof restClient>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  storeKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'STORE' })).id });
  eshopKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'ESHOP' })).id });
  call = restClient(app, () => storeKey);
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const customerWith = async (points: number) => {
  const customer = await makeCustomer(t.db);
  if (points) await givePoints(t.db, customer.id, points);
  return customer;
};

const balanceOf = async (customerId: string) =>
  (await t.db.account.findUniqueOrThrow({ where: { customerId } })).balance;

/** Claims at the till with the customer's current card token. */
const claim = async (customerId: string, rewardId: string, key = storeKey) =>
  call({
    method: 'POST',
    url: `/customers/${customerId}/rewards/${rewardId}/claim`,
    key,
    body: { cardToken: (await currentCardToken(t.db, customerId)).token },
  });

const codeFor = async (points: number, reward: Parameters<typeof makeReward>[1] = {}) => {
  const customer = await customerWith(points);
  const { id } = await makeReward(t.db, reward);
  // Claimed where it can be used: an ONLINE reward at the e-shop.
  const response = await claim(customer.id, id, reward.channels === 'ONLINE' ? eshopKey : storeKey);
  expect(response.status).toBe(201);
  return { customer, code: response.body.code.code as string };
};

const redeem = (code: string, basketAmount = 5_000, key = storeKey, headers = {}) =>
  call({
    method: 'POST',
    url: '/codes/redeem',
    key,
    headers,
    body: { code, basketAmount, currency: 'EUR' },
  });

const rollback = (redemptionId: string, key = storeKey, headers = {}) =>
  call({ method: 'POST', url: `/redemptions/${redemptionId}/rollback`, key, headers, body: {} });

describe('GET /customers/{id}/rewards', () => {
  it('lists the rewards for this channel with what is affordable, and the usable codes', async () => {
    const customer = await customerWith(150);
    await makeReward(t.db, { nameEn: 'Store treat', pointsCost: 100, channels: 'STORE' });
    await makeReward(t.db, { nameEn: 'Online only', pointsCost: 100, channels: 'ONLINE' });
    await makeReward(t.db, { nameEn: 'Big one', pointsCost: 5_000, channels: 'BOTH' });
    const response = await call({ url: `/customers/${customer.id}/rewards` });
    expect(response.status).toBe(200);
    const names = response.body.rewards.map((r: { name: string }) => r.name);
    expect(names).toContain('Store treat');
    expect(names).toContain('Big one');
    expect(names).not.toContain('Online only');
    const big = response.body.rewards.find((r: { name: string }) => r.name === 'Big one');
    expect(big).toMatchObject({
      pointsCost: 5_000,
      affordable: false,
      discount: { type: 'FIXED_AMOUNT', amount: 1_000 },
    });
  });

  it("shows a customer's codes in clear only with their card token, masked otherwise", async () => {
    const { customer, code } = await codeFor(100, { channels: 'BOTH' });
    const listed = async (query = '', key = storeKey) =>
      call({ url: `/customers/${customer.id}/rewards${query}`, key });
    const token = async () =>
      `?cardToken=${encodeURIComponent((await currentCardToken(t.db, customer.id)).token)}`;

    for (const key of [storeKey, eshopKey]) {
      const masked = await listed('', key);
      expect(masked.status).toBe(200);
      expect(masked.body.codes).toEqual([
        {
          last4: code.slice(-4),
          discount: expect.objectContaining({ type: 'FIXED_AMOUNT' }),
          validUntil: expect.any(String),
        },
      ]);
      expect(JSON.stringify(masked.body)).not.toContain(code);
      const inClear = await listed(await token(), key);
      expect(inClear.body.codes).toEqual([expect.objectContaining({ code })]);
      expect(inClear.body.codes[0]).not.toHaveProperty('last4');
    }

    const other = await customerWith(0);
    const stranger = `?cardToken=${encodeURIComponent((await currentCardToken(t.db, other.id)).token)}`;
    for (const query of [stranger, `?cardToken=FDL:${customer.memberCode}:00000000`])
      expect(await listed(query)).toMatchObject({
        status: 403,
        body: { error: { code: 'card_token_invalid' } },
      });
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await call({ url: '/customers/00000000-0000-4000-8000-000000000000/rewards' });
    expect(response).toMatchObject({
      status: 404,
      body: { error: { code: 'customer_not_found' } },
    });
  });
});

describe('POST /customers/{id}/rewards/{rewardId}/claim', () => {
  it('spends the points and issues a code at once', async () => {
    const customer = await customerWith(250);
    const { id } = await makeReward(t.db, { pointsCost: 200 });
    const response = await claim(customer.id, id);
    expect(response.status).toBe(201);
    expect(response.body.customer.pointsBalance).toBe(50);
    expect(response.body.code.code).toMatch(/^[2-9A-HJKMNP-Z]{14}$/);
    expect(response.body.code.discount).toMatchObject({
      type: 'FIXED_AMOUNT',
      amount: 1_000,
      channels: 'BOTH',
    });
  });

  it('replays a claim retried with the same Idempotency-Key: one code, one debit', async () => {
    const customer = await customerWith(250);
    const { id } = await makeReward(t.db, { pointsCost: 200 });
    const body = { cardToken: (await currentCardToken(t.db, customer.id)).token };
    const send = () =>
      call({
        method: 'POST',
        url: `/customers/${customer.id}/rewards/${id}/claim`,
        headers: { 'idempotency-key': `claim-${customer.id}` },
        body,
      });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await balanceOf(customer.id)).toBe(50);
    expect(await t.db.discountCode.count({ where: { customerId: customer.id } })).toBe(1);
  });

  it('needs a current card token of this customer', async () => {
    const customer = await customerWith(500);
    const other = await customerWith(0);
    const { id } = await makeReward(t.db);
    for (const cardToken of [
      `FDL:${customer.memberCode}:00000000`,
      customer.memberCode,
      (await currentCardToken(t.db, other.id)).token,
      (await currentCardToken(t.db, customer.id, new Date(Date.now() - 5 * 60_000))).token,
    ]) {
      const response = await call({
        method: 'POST',
        url: `/customers/${customer.id}/rewards/${id}/claim`,
        body: { cardToken },
      });
      expect(response).toMatchObject({
        status: 403,
        body: { error: { code: 'card_token_invalid' } },
      });
    }
    expect(await balanceOf(customer.id)).toBe(500);
  });

  it('only claims a reward usable on the channel: a store-only reward is refused online', async () => {
    const customer = await customerWith(500);
    const storeOnly = await makeReward(t.db, { channels: 'STORE' });
    const onlineOnly = await makeReward(t.db, { channels: 'ONLINE' });
    for (const [rewardId, key] of [
      [storeOnly.id, eshopKey],
      [onlineOnly.id, storeKey],
    ] as const)
      expect(await claim(customer.id, rewardId, key)).toMatchObject({
        status: 422,
        body: { error: { code: 'reward_not_valid_on_channel' } },
      });
    expect(await balanceOf(customer.id)).toBe(500);
    expect(await t.db.discountCode.count({ where: { customerId: customer.id } })).toBe(0);
    expect((await claim(customer.id, storeOnly.id, storeKey)).status).toBe(201);
  });

  it('never takes the balance below zero under concurrent claims', async () => {
    const customer = await customerWith(500);
    const { id } = await makeReward(t.db, { pointsCost: 100 });
    const responses = await Promise.all(Array.from({ length: 12 }, () => claim(customer.id, id)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(5);
    for (const refused of responses.filter((r) => r.status !== 201))
      expect(refused).toMatchObject({
        status: 422,
        body: { error: { code: 'insufficient_points' } },
      });
    expect(await balanceOf(customer.id)).toBe(0);
    expect(await t.db.discountCode.count({ where: { customerId: customer.id } })).toBe(5);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('never issues more codes than the stock', async () => {
    const { id } = await makeReward(t.db, { pointsCost: 10, stock: 3 });
    const customers = await Promise.all(Array.from({ length: 8 }, () => customerWith(100)));
    const responses = await Promise.all(customers.map((c) => claim(c.id, id)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    for (const refused of responses.filter((r) => r.status !== 201))
      expect(refused).toMatchObject({
        status: 409,
        body: { error: { code: 'reward_out_of_stock' } },
      });
    expect((await t.db.reward.findUniqueOrThrow({ where: { id } })).stock).toBe(0);
    const balances = await Promise.all(customers.map((c) => balanceOf(c.id)));
    expect(balances.filter((b) => b === 90)).toHaveLength(3);
    expect(balances.filter((b) => b === 100)).toHaveLength(5);
  });
});

describe('POST /codes/validate', () => {
  it('says what the code takes off without using it', async () => {
    const { code } = await codeFor(100, {
      discountType: 'PERCENTAGE',
      discountValue: 20,
      discountCap: 1_500,
    });
    const response = await call({
      method: 'POST',
      url: '/codes/validate',
      body: { code, basketAmount: 10_000, currency: 'EUR' },
    });
    expect(response).toMatchObject({
      status: 200,
      body: { valid: true, discount: { type: 'PERCENTAGE', amountOff: 1_500 } },
    });
    expect((await redeem(code)).status).toBe(201);
  });

  it('explains why a code is not valid', async () => {
    const { code } = await codeFor(100, { minBasket: 8_000 });
    const response = await call({
      method: 'POST',
      url: '/codes/validate',
      body: { code, basketAmount: 5_000, currency: 'EUR' },
    });
    expect(response).toMatchObject({
      status: 200,
      body: { valid: false, reason: 'basket_below_minimum' },
    });
  });

  it('answers 404 code_not_found for an unknown code', async () => {
    const response = await call({
      method: 'POST',
      url: '/codes/validate',
      body: { code: 'ABCD-EFGH-JKMN-PQ', basketAmount: 100 },
    });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'code_not_found' } } });
  });
});

describe('POST /codes/redeem', () => {
  it('redeems a code exactly once among 50 concurrent tills', async () => {
    const { code } = await codeFor(100);
    const keys = await Promise.all(
      Array.from({ length: 50 }, async () =>
        makeApiKey(t.db, { shopId: (await makeShop(t.db)).id }),
      ),
    );
    const responses = await Promise.all(keys.map((key) => redeem(code, 5_000, key)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    for (const refused of responses.filter((r) => r.status !== 201))
      expect(refused).toMatchObject({
        status: 409,
        body: { error: { code: 'code_already_redeemed' } },
      });
    expect(await t.db.redemption.count({ where: { code: { code } } })).toBe(1);
  });

  it('replays a retried redeem with the same Idempotency-Key', async () => {
    const { code } = await codeFor(100);
    const headers = { 'idempotency-key': `redeem-${code}` };
    const first = await redeem(code, 5_000, storeKey, headers);
    const retry = await redeem(code, 5_000, storeKey, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await t.db.redemption.count({ where: { code: { code } } })).toBe(1);
  });

  it('replays a refusal under its key, and refuses the key with another request', async () => {
    const { code } = await codeFor(100, { minBasket: 3_000 });
    const headers = { 'idempotency-key': `small-${code}` };
    const refused = await redeem(code, 1_000, storeKey, headers);
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { code: 'basket_below_minimum' } },
    });
    const retry = await redeem(code, 1_000, storeKey, headers);
    expect(retry).toMatchObject({ status: 422, body: refused.body });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const other = await redeem(code, 5_000, storeKey, headers);
    expect(other).toMatchObject({
      status: 422,
      body: { error: { code: 'idempotency_key_reused' } },
    });
    expect((await redeem(code, 5_000)).status).toBe(201);
  });

  it('redeems once for 20 concurrent retries with one Idempotency-Key', async () => {
    const { code } = await codeFor(100);
    const headers = { 'idempotency-key': `burst-${code}` };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => redeem(code, 5_000, storeKey, headers)),
    );
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const answer of created) expect(answer.body).toEqual(created[0]!.body);
    for (const other of responses.filter((r) => r.status !== 201))
      expect(other.body.error.code).toBe('idempotency_key_in_use');
    expect(await t.db.redemption.count({ where: { code: { code } } })).toBe(1);
    const replay = await redeem(code, 5_000, storeKey, headers);
    expect(replay).toMatchObject({ status: 201, body: created[0]!.body });
  });

  it('takes the channel from the key: a STORE code is refused online and an ONLINE code in shops', async () => {
    const store = await codeFor(100, { channels: 'STORE' });
    const online = await codeFor(100, { channels: 'ONLINE' });
    expect(await redeem(store.code, 5_000, eshopKey)).toMatchObject({
      status: 422,
      body: { error: { code: 'code_not_valid_on_channel' } },
    });
    expect(await redeem(online.code, 5_000, storeKey)).toMatchObject({
      status: 422,
      body: { error: { code: 'code_not_valid_on_channel' } },
    });
    expect((await redeem(online.code, 5_000, eshopKey)).status).toBe(201);
  });

  it.each([
    [
      'code_expired',
      async (code: string) =>
        t.db.discountCode.update({
          where: { code },
          data: {
            validFrom: new Date(Date.now() - 86_400_000),
            validUntil: new Date(Date.now() - 1_000),
          },
        }),
    ],
    [
      'code_cancelled',
      async (code: string) =>
        t.db.discountCode.update({ where: { code }, data: { status: 'CANCELLED' } }),
    ],
    [
      'basket_below_minimum',
      async (code: string) =>
        t.db.discountCode.update({ where: { code }, data: { minBasket: 100_000 } }),
    ],
  ])('refuses with 422 %s and changes nothing', async (reason, arrange) => {
    const { code } = await codeFor(100);
    await arrange(code);
    const before = await t.db.discountCode.findUniqueOrThrow({ where: { code } });
    expect(await redeem(code)).toMatchObject({ status: 422, body: { error: { code: reason } } });
    expect(await t.db.discountCode.findUniqueOrThrow({ where: { code } })).toEqual(before);
    expect(await t.db.redemption.count({ where: { codeId: before.id } })).toBe(0);
  });

  it('links the redemption to the purchase when given', async () => {
    const { customer, code } = await codeFor(100);
    const externalId = `T-${code}`;
    await call({
      method: 'POST',
      url: '/purchases',
      body: {
        externalId,
        memberCode: customer.memberCode,
        amount: 5_000,
        currency: 'EUR',
        occurredAt: new Date().toISOString(),
      },
    });
    const response = await call({
      method: 'POST',
      url: '/codes/redeem',
      body: { code, basketAmount: 5_000, currency: 'EUR', purchaseExternalId: externalId },
    });
    const redemption = await t.db.redemption.findUniqueOrThrow({
      where: { id: response.body.redemption.id },
      include: { purchase: true },
    });
    expect(redemption.purchase?.externalId).toBe(externalId);
  });
});

describe('POST /redemptions/{id}/rollback', () => {
  it('makes the code usable again, once', async () => {
    const { code } = await codeFor(100);
    const { body } = await redeem(code);
    const rollback = await call({
      method: 'POST',
      url: `/redemptions/${body.redemption.id}/rollback`,
      body: {},
    });
    expect(rollback).toMatchObject({
      status: 200,
      body: { redemption: { id: body.redemption.id, status: 'ROLLED_BACK' } },
    });
    const again = await call({
      method: 'POST',
      url: `/redemptions/${body.redemption.id}/rollback`,
      body: {},
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already_rolled_back' } } });
    expect((await redeem(code)).status).toBe(201);
  });

  it('replays a retried rollback with the same Idempotency-Key', async () => {
    const { code } = await codeFor(100);
    const { body } = await redeem(code);
    const headers = { 'idempotency-key': `rollback-${body.redemption.id}` };
    const first = await rollback(body.redemption.id, storeKey, headers);
    const retry = await rollback(body.redemption.id, storeKey, headers);
    expect(first.status).toBe(200);
    expect(retry).toMatchObject({ status: 200, body: first.body });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await rollback(body.redemption.id)).toMatchObject({
      status: 409,
      body: { error: { code: 'already_rolled_back' } },
    });
  });

  it('rolls back once among 20 concurrent tills, each with its own Idempotency-Key', async () => {
    const { code } = await codeFor(100);
    const { body } = await redeem(code);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rollback(body.redemption.id, storeKey, { 'idempotency-key': `till-${i}-${code}` }),
      ),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    for (const refused of responses.filter((r) => r.status !== 200))
      expect(refused).toMatchObject({
        status: 409,
        body: { error: { code: 'already_rolled_back' } },
      });
    const codeRow = await t.db.discountCode.findUniqueOrThrow({ where: { code } });
    expect(codeRow.status).toBe('ACTIVE');
    expect(await t.db.codeEvent.count({ where: { codeId: codeRow.id, type: 'ROLLED_BACK' } })).toBe(
      1,
    );
  });

  it('is only for the shop that redeemed', async () => {
    const { code } = await codeFor(100);
    const { body } = await redeem(code);
    const response = await call({
      method: 'POST',
      url: `/redemptions/${body.redemption.id}/rollback`,
      key: eshopKey,
      body: {},
    });
    expect(response).toMatchObject({
      status: 404,
      body: { error: { code: 'redemption_not_found' } },
    });
  });
});

describe('GET /customers/lookup?cardToken=', () => {
  it('finds the customer from the rotating card', async () => {
    const customer = await customerWith(0);
    const { token } = await currentCardToken(t.db, customer.id);
    const response = await call({
      url: `/customers/lookup?cardToken=${encodeURIComponent(token)}`,
    });
    expect(response).toMatchObject({ status: 200, body: { customer: { id: customer.id } } });
  });
});
