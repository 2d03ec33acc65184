import { currentCardToken } from '@fidele/core/customers';
import { makeApiKey, makeCustomer, makeOffer, makeShop } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let storeKey: string;
let eshopKey: string;
let call: ReturnType<typeof restClient>;
let gold: string;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  storeKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'STORE' })).id });
  eshopKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'ESHOP' })).id });
  call = restClient(app, () => storeKey);
  gold = (
    await t.db.tier.create({ data: { code: 'GOLD', name: 'Gold', rank: 1, threshold: 1_000 } })
  ).id;
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const goldCustomer = async (locale = 'en') => {
  const customer = await makeCustomer(t.db, { locale });
  await t.db.customer.update({ where: { id: customer.id }, data: { tierId: gold } });
  return customer.id;
};

const claim = async (customerId: string, offerId: string, key = storeKey, headers = {}) =>
  call({
    method: 'POST',
    url: `/customers/${customerId}/offers/${offerId}/claim`,
    key,
    headers,
    body: { cardToken: (await currentCardToken(t.db, customerId)).token },
  });

describe('GET /customers/{id}/offers', () => {
  it('lists the offers this customer may use on this channel, in their language', async () => {
    const inStore = await makeOffer(t.db, { tierIds: [gold], channels: 'STORE' });
    const online = await makeOffer(t.db, { tierIds: [gold], channels: 'ONLINE' });
    const customer = await goldCustomer('fr');
    const atTill = await call({ url: `/customers/${customer}/offers` });
    expect(atTill.status).toBe(200);
    const ids = atTill.body.offers.map((offer: { id: string }) => offer.id);
    expect(ids).toContain(inStore.id);
    expect(ids).not.toContain(online.id);
    expect(atTill.body.offers.find((o: { id: string }) => o.id === inStore.id)).toMatchObject({
      title: 'VIP : 20 % de réduction',
      benefit: 'DISCOUNT_CODE',
      discount: { type: 'PERCENTAGE', percent: 20, channels: 'STORE' },
      claimsLeft: 1,
    });
    const onEshop = await call({ url: `/customers/${customer}/offers`, key: eshopKey });
    expect(onEshop.body.offers.map((offer: { id: string }) => offer.id)).toContain(online.id);
  });

  it('leaves out what the customer may not use: other tiers, used-up offers', async () => {
    const goldOnly = await makeOffer(t.db, { tierIds: [gold] });
    const member = (await makeCustomer(t.db)).id;
    const response = await call({ url: `/customers/${member}/offers` });
    expect(response.body.offers.map((offer: { id: string }) => offer.id)).not.toContain(
      goldOnly.id,
    );
    const customer = await goldCustomer();
    await claim(customer, goldOnly.id);
    const after = await call({ url: `/customers/${customer}/offers` });
    expect(after.body.offers.map((offer: { id: string }) => offer.id)).not.toContain(goldOnly.id);
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await call({ url: '/customers/00000000-0000-4000-8000-000000000000/offers' });
    expect(response).toMatchObject({
      status: 404,
      body: { error: { code: 'customer_not_found' } },
    });
  });
});

describe('POST /customers/{id}/offers/{offerId}/claim', () => {
  it('issues the personal code at once, and the code works at the till', async () => {
    const offer = await makeOffer(t.db, { tierIds: [gold] });
    const customer = await goldCustomer();
    const response = await claim(customer, offer.id);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      claim: { offerId: offer.id, benefit: 'DISCOUNT_CODE' },
      code: { discount: { type: 'PERCENTAGE', percent: 20 } },
      customer: { pointsBalance: 0 },
    });
    const redeemed = await call({
      method: 'POST',
      url: '/codes/redeem',
      body: { code: response.body.code.code, basketAmount: 10_000, currency: 'EUR' },
    });
    expect(redeemed).toMatchObject({ status: 201, body: { redemption: { amountOff: 2_000 } } });
  });

  it('records a till benefit without a code', async () => {
    const offer = await makeOffer(t.db, {
      tierIds: [gold],
      benefit: 'TILL_BENEFIT',
      channels: 'STORE',
    });
    const response = await claim(await goldCustomer(), offer.id);
    expect(response.status).toBe(201);
    expect(response.body.claim.benefit).toBe('TILL_BENEFIT');
    expect(response.body.code).toBeUndefined();
  });

  it('refuses with the contract codes, writing nothing', async () => {
    const offer = await makeOffer(t.db, { tierIds: [gold], channels: 'ONLINE' });
    const customer = await goldCustomer();
    const member = (await makeCustomer(t.db)).id;
    const other = await goldCustomer();
    const wrongToken = await call({
      method: 'POST',
      url: `/customers/${customer}/offers/${offer.id}/claim`,
      key: eshopKey,
      body: { cardToken: (await currentCardToken(t.db, other)).token },
    });
    expect(wrongToken).toMatchObject({
      status: 403,
      body: { error: { code: 'card_token_invalid' } },
    });
    expect(await claim(member, offer.id, eshopKey)).toMatchObject({
      status: 403,
      body: { error: { code: 'offer_not_eligible' } },
    });
    expect(await claim(customer, offer.id, storeKey)).toMatchObject({
      status: 422,
      body: { error: { code: 'offer_not_valid_on_channel' } },
    });
    expect(await claim(customer, '00000000-0000-4000-8000-000000000000')).toMatchObject({
      status: 404,
      body: { error: { code: 'offer_not_found' } },
    });
    expect(await claim(customer, offer.id, eshopKey)).toMatchObject({ status: 201 });
    expect(await claim(customer, offer.id, eshopKey)).toMatchObject({
      status: 409,
      body: { error: { code: 'offer_limit_reached' } },
    });
    expect(await t.db.offerClaim.count({ where: { offerId: offer.id } })).toBe(1);

    const full = await makeOffer(t.db, { tierIds: [gold], totalCap: 1, claimedCount: 1 });
    expect(await claim(customer, full.id)).toMatchObject({
      status: 409,
      body: { error: { code: 'offer_out_of_stock' } },
    });
    const badBody = await call({
      method: 'POST',
      url: `/customers/${customer}/offers/${offer.id}/claim`,
      body: {},
    });
    expect(badBody).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(badBody.body.error.message).toContain('cardToken');
  });

  it('replays a retry with the same Idempotency-Key without a second claim', async () => {
    const offer = await makeOffer(t.db, { tierIds: [gold], perCustomerLimit: 5 });
    const customer = await goldCustomer();
    const headers = { 'idempotency-key': `offer-${offer.id}` };
    const first = await claim(customer, offer.id, storeKey, headers);
    const retry = await claim(customer, offer.id, storeKey, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await t.db.offerClaim.count({ where: { offerId: offer.id } })).toBe(1);
  });
});
