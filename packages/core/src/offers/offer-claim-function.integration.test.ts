import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { ReplayedRefusal } from '../idempotency/index.ts';
import { generateDiscountCode } from '../rewards/index.ts';
import { makeCustomer, makeOffer, makeShop } from '../testing/index.ts';
import { claimOffer } from './claim-offer.ts';

// The database function of the `offer_claim_in_one_round_trip` migration, called with hand-made
// decisions, without the TypeScript that makes them; then the use case around it, under load.
let t: TestDatabase;
let shopId: string;
let tierId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
  tierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
});
afterAll(() => t.drop());

const customer = async () => (await makeCustomer(t.db)).id;

const terms = {
  discountType: 'PERCENTAGE',
  discountValue: 20,
  discountCap: null,
  currency: 'EUR',
  minBasket: null,
  channels: 'BOTH',
};

/** A claim as `decideOfferClaim` makes it, for a customer on the first tier with no claims yet. */
const claimOf = (customerId: string, offerId: string, options: { code?: boolean } = {}) => {
  const claimId = randomUUID();
  const code =
    options.code === false ? undefined : { id: randomUUID(), code: generateDiscountCode() };
  return {
    customerId,
    tierId,
    claimedBefore: 0,
    offerId,
    claim: { id: claimId, channel: 'STORE', shopId },
    code: code && {
      ...code,
      ...terms,
      validFrom: new Date().toISOString(),
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    },
    actor: { type: 'API_KEY', id: 'till' },
    answerStatus: 201,
    answer: { claim: { id: claimId, offerId } },
  };
};

const call = async (p: object) => {
  const [row] = await t.db.$queryRaw<{ outcome: Record<string, unknown> }[]>`
    SELECT claim_offer(${JSON.stringify(p)}::jsonb) AS outcome`;
  return row!.outcome;
};

const keyOf = (key: string, requestHash = 'a'.repeat(64)) => ({
  apiKeyId: null,
  webhookShopId: shopId,
  key,
  requestHash,
  queue: false,
});

const claimedCount = async (offerId: string) =>
  (await t.db.offer.findUniqueOrThrow({ where: { id: offerId } })).claimedCount;

describe('claim_offer', () => {
  it('takes one of the cap, issues the code with its ISSUED event and records the claim', async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId] });
    const customerId = await customer();
    const claim = claimOf(customerId, offer.id);
    expect(await call(claim)).toEqual({ status: 201, body: claim.answer });
    expect(await claimedCount(offer.id)).toBe(1);
    expect(
      await t.db.offerClaim.findUniqueOrThrow({ where: { id: claim.claim.id } }),
    ).toMatchObject({
      offerId: offer.id,
      customerId,
      channel: 'STORE',
      shopId,
      codeId: claim.code!.id,
    });
    expect(
      await t.db.discountCode.findUniqueOrThrow({
        where: { id: claim.code!.id },
        include: { events: true },
      }),
    ).toMatchObject({
      code: claim.code!.code,
      offerId: offer.id,
      rewardId: null,
      pointsCost: 0,
      discountType: 'PERCENTAGE',
      discountValue: 20,
      status: 'ACTIVE',
      events: [{ type: 'ISSUED', channel: 'STORE', shopId, actorType: 'API_KEY', actorId: 'till' }],
    });
  });

  it('records a till benefit without a code', async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId], benefit: 'TILL_BENEFIT' });
    const claim = claimOf(await customer(), offer.id, { code: false });
    expect(await call(claim)).toMatchObject({ status: 201 });
    expect(
      await t.db.offerClaim.findUniqueOrThrow({ where: { id: claim.claim.id } }),
    ).toMatchObject({ codeId: null });
    expect(await t.db.discountCode.count({ where: { offerId: offer.id } })).toBe(0);
  });

  it("answers stale and writes nothing when the customer's claims or tier changed since", async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId], perCustomerLimit: 5 });
    const customerId = await customer();
    const first = claimOf(customerId, offer.id);
    const second = claimOf(customerId, offer.id);
    expect(await call(first)).toMatchObject({ status: 201 });
    expect(await call(second)).toEqual({ stale: true });

    const other = await t.db.tier.create({
      data: { code: `T${randomUUID().slice(0, 8)}`, name: 'Other', rank: 9, threshold: 90_000 },
    });
    await t.db.customer.update({ where: { id: customerId }, data: { tierId: other.id } });
    expect(await call({ ...claimOf(customerId, offer.id), claimedBefore: 1 })).toEqual({
      stale: true,
    });
    expect(await claimedCount(offer.id)).toBe(1);
    expect(await t.db.offerClaim.count({ where: { offerId: offer.id } })).toBe(1);
    expect(await t.db.discountCode.count({ where: { id: second.code!.id } })).toBe(0);
  });

  it('refuses offer_out_of_stock once the cap is taken, writing nothing', async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId], totalCap: 1, claimedCount: 1 });
    const claim = claimOf(await customer(), offer.id);
    expect(await call(claim)).toEqual({ refused: 'offer_out_of_stock' });
    expect(await claimedCount(offer.id)).toBe(1);
    expect(await t.db.offerClaim.count({ where: { offerId: offer.id } })).toBe(0);
    expect(await t.db.discountCode.count({ where: { offerId: offer.id } })).toBe(0);
  });

  it('keeps the answer under the key and hands it to a retry, writing nothing twice', async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId], perCustomerLimit: 5 });
    const customerId = await customer();
    const key = `k-${randomUUID()}`;
    const claim = { ...claimOf(customerId, offer.id), key: keyOf(key) };
    expect(await call(claim)).toEqual({ status: 201, body: claim.answer });
    const retry = { ...claimOf(customerId, offer.id), key: keyOf(key, 'b'.repeat(64)) };
    expect(await call(retry)).toEqual({
      stored: { requestHash: 'a'.repeat(64), status: 201, body: claim.answer },
    });
    expect(await claimedCount(offer.id)).toBe(1);
  });
});

describe('claimOffer', () => {
  const input = (customerId: string, offerId: string) => ({
    customerId,
    offerId,
    channel: 'STORE' as const,
    shopId,
    actor: { type: 'API_KEY' as const, id: 'till' },
  });
  const answering = (key: string) => ({
    scope: { owner: { webhookShopId: shopId }, key, requestHash: 'c'.repeat(64) },
    status: 201,
    respond: ({ claim }: { claim: { id: string } }) => ({ claimId: claim.id }),
  });
  const codeOf = (error: unknown) => (isAppError(error) ? error.code : String(error));

  it('replays a retry under its key without a second claim', async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId], perCustomerLimit: 5 });
    const customerId = await customer();
    const key = `k-${randomUUID()}`;
    const first = await claimOffer(t.db, input(customerId, offer.id), answering(key));
    const retry = await claimOffer(t.db, input(customerId, offer.id), answering(key));
    expect(first).toMatchObject({ status: 201, replayed: false });
    expect(retry).toEqual({ status: 201, body: first.body, replayed: true });
    expect(await t.db.offerClaim.count({ where: { offerId: offer.id } })).toBe(1);
  });

  it("keeps a refusal under the key, the function's as the decision's", async () => {
    const full = await makeOffer(t.db, { tierIds: [tierId], totalCap: 1, claimedCount: 1 });
    const ended = await makeOffer(t.db, {
      tierIds: [tierId],
      startsAt: new Date(Date.now() - 7_200_000),
      endsAt: new Date(Date.now() - 3_600_000),
    });
    const customerId = await customer();
    for (const [offerId, code] of [
      [full.id, 'offer_out_of_stock'],
      [ended.id, 'offer_not_available'],
    ] as const) {
      const key = `k-${randomUUID()}`;
      const attempt = () =>
        claimOffer(t.db, input(customerId, offerId), answering(key)).catch((e: unknown) => e);
      expect(await attempt()).toMatchObject({ code });
      await t.db.offer.update({
        where: { id: offerId },
        data: { totalCap: null, endsAt: new Date(Date.now() + 3_600_000) },
      });
      const retry = await attempt();
      expect(retry).toBeInstanceOf(ReplayedRefusal);
      expect(retry).toMatchObject({ code });
      expect(await t.db.offerClaim.count({ where: { offerId } })).toBe(0);
    }
  });

  it('holds the cap under concurrency: 30 customers claim a cap of 7, exactly 7 succeed', async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId], totalCap: 7 });
    const customers = await Promise.all(Array.from({ length: 30 }, customer));
    const results = await Promise.allSettled(
      customers.map((id) => claimOffer(t.db, input(id, offer.id))),
    );
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [codeOf(r.reason)] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
    expect(refused).toEqual(Array(23).fill('offer_out_of_stock'));
    expect(await claimedCount(offer.id)).toBe(7);
    expect(await t.db.discountCode.count({ where: { offerId: offer.id } })).toBe(7);
  });

  it('holds the per-customer limit under concurrency: 30 claims at once, a limit of 4', async () => {
    const offer = await makeOffer(t.db, { tierIds: [tierId], perCustomerLimit: 4 });
    const customerId = await customer();
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => claimOffer(t.db, input(customerId, offer.id))),
    );
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [codeOf(r.reason)] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    expect(refused).toEqual(Array(26).fill('offer_limit_reached'));
    expect(await claimedCount(offer.id)).toBe(4);
    expect(await t.db.offerClaim.count({ where: { offerId: offer.id, customerId } })).toBe(4);
  });
});
