import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { createSegment } from '../segments/index.ts';
import { givePoints, makeCustomer, makeShop, makeStaffUser, refusal } from '../testing/index.ts';
import {
  claimOffer,
  createOffer,
  getOffer,
  listOfferClaims,
  listOffersFor,
  listOffersForAdmin,
  type OfferData,
  updateOffer,
} from './index.ts';

let t: TestDatabase;
let staffUserId: string;
let storeId: string;
const tiers: Record<'silver' | 'gold', string> = { silver: '', gold: '' };

const HOUR = 3_600_000;

const offerData = (overrides: Partial<OfferData> = {}): OfferData => ({
  titleEn: 'Gold: -20% this weekend',
  titleFr: 'Gold : -20 % ce week-end',
  textEn: '',
  textFr: '',
  imageUrl: null,
  tierIds: [tiers.gold],
  segmentIds: [],
  startsAt: new Date(Date.now() - HOUR),
  endsAt: new Date(Date.now() + 48 * HOUR),
  benefit: 'DISCOUNT_CODE',
  discountType: 'PERCENTAGE',
  discountValue: 20,
  discountCap: null,
  currency: 'EUR',
  minBasket: null,
  channels: 'BOTH',
  perCustomerLimit: 1,
  totalCap: null,
  ...overrides,
});

const makeOffer = async (overrides: Partial<OfferData> = {}) =>
  (await t.db.$transaction((tx) => createOffer(tx, { data: offerData(overrides), staffUserId })))
    .id;

const customerOn = async (tier: 'silver' | 'gold' | 'member') => {
  const customer = await makeCustomer(t.db);
  if (tier !== 'member')
    await t.db.customer.update({ where: { id: customer.id }, data: { tierId: tiers[tier] } });
  return customer.id;
};

const claim = (customerId: string, offerId: string, channel: 'APP' | 'STORE' | 'ESHOP' = 'APP') =>
  t.db.$transaction((tx) =>
    claimOffer(tx, {
      customerId,
      offerId,
      channel,
      shopId: channel === 'APP' ? undefined : storeId,
      actor: { type: 'CUSTOMER', id: customerId },
    }),
  );

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  storeId = (await makeShop(t.db, { kind: 'STORE' })).id;
  tiers.silver = (
    await t.db.tier.create({ data: { code: 'SILVER', name: 'Silver', rank: 1, threshold: 500 } })
  ).id;
  tiers.gold = (
    await t.db.tier.create({ data: { code: 'GOLD', name: 'Gold', rank: 2, threshold: 1_000 } })
  ).id;
});
afterAll(() => t.drop());

describe('a Gold-only offer', () => {
  it('is locked for Silver ("reach Gold"), open to Gold, and claiming issues a code at once', async () => {
    const offerId = await makeOffer();
    const silver = await customerOn('silver');
    const gold = await customerOn('gold');

    const seenBySilver = (await listOffersFor(t.db, { customerId: silver })).find(
      (offer) => offer.id === offerId,
    );
    expect(seenBySilver).toMatchObject({ state: 'locked', unlockTier: { code: 'GOLD' } });
    expect(await refusal(claim(silver, offerId))).toBe('offer_not_eligible');

    const seenByGold = (await listOffersFor(t.db, { customerId: gold })).find(
      (offer) => offer.id === offerId,
    );
    expect(seenByGold).toMatchObject({ state: 'available', claimsLeft: 1, unlockTier: null });

    const result = await claim(gold, offerId);
    const offer = await getOffer(t.db, offerId);
    expect(result.claim.benefit).toBe('DISCOUNT_CODE');
    expect(result.code?.discount).toMatchObject({ type: 'PERCENTAGE', percent: 20 });
    expect(result.code?.validUntil).toEqual(offer.endsAt);
    expect(offer.claimedCount).toBe(1);
    const code = await t.db.discountCode.findUniqueOrThrow({ where: { id: result.code!.id } });
    expect(code).toMatchObject({ offerId, customerId: gold, pointsCost: 0, status: 'ACTIVE' });

    expect(await refusal(claim(gold, offerId))).toBe('offer_limit_reached');
    const after = (await listOffersFor(t.db, { customerId: gold })).find((o) => o.id === offerId);
    expect(after).toMatchObject({ state: 'used', claimsLeft: 0 });
    expect((await listOfferClaims(t.db, { offerId, page: 1, pageSize: 10 })).total).toBe(1);
  });

  it('is hidden from a customer above its tiers, and refused to them', async () => {
    const offerId = await makeOffer({ tierIds: [tiers.silver] });
    const gold = await customerOn('gold');
    expect((await listOffersFor(t.db, { customerId: gold })).map((o) => o.id)).not.toContain(
      offerId,
    );
    expect(await refusal(claim(gold, offerId))).toBe('offer_not_eligible');
  });
});

describe('under concurrency', () => {
  it('holds the overall cap: 50 customers claim at once, exactly the cap succeeds', async () => {
    const offerId = await makeOffer({ totalCap: 10 });
    const customers = await Promise.all(Array.from({ length: 50 }, () => customerOn('gold')));
    const results = await Promise.allSettled(customers.map((id) => claim(id, offerId)));
    const refused = results.flatMap((r) =>
      r.status === 'rejected' && isAppError(r.reason) ? [r.reason.code] : [],
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    expect(refused).toEqual(Array(40).fill('offer_out_of_stock'));
    expect((await getOffer(t.db, offerId)).claimedCount).toBe(10);
    expect(await t.db.offerClaim.count({ where: { offerId } })).toBe(10);
    expect(await t.db.discountCode.count({ where: { offerId } })).toBe(10);
    const latecomer = await customerOn('gold');
    const seen = (await listOffersFor(t.db, { customerId: latecomer })).find(
      (o) => o.id === offerId,
    );
    expect(seen).toMatchObject({ state: 'sold_out', claimsLeft: 0 });
  });

  it('holds the per-customer limit: one customer claims 50 times at once', async () => {
    const offerId = await makeOffer({ perCustomerLimit: 3, totalCap: 100 });
    const gold = await customerOn('gold');
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => claim(gold, offerId)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(
      results.every(
        (r) =>
          r.status === 'fulfilled' ||
          (isAppError(r.reason) && r.reason.code === 'offer_limit_reached'),
      ),
    ).toBe(true);
    expect((await getOffer(t.db, offerId)).claimedCount).toBe(3);
    expect(await t.db.discountCode.count({ where: { offerId, customerId: gold } })).toBe(3);
  });

  it('finds a customer whose tier changes while their claim waits for the lock (no false 404)', async () => {
    const offerId = await makeOffer({
      tierIds: [tiers.silver, tiers.gold],
      perCustomerLimit: 1_000,
    });
    const customerId = await customerOn('silver');
    // Each tier change holds the customer's row a moment, so the claims queue behind it and
    // then find the row changed.
    const moveTier = (tierId: string) =>
      t.db.$transaction(async (tx) => {
        await tx.customer.update({ where: { id: customerId }, data: { tierId } });
        await tx.$executeRaw`SELECT pg_sleep(0.05)`;
      });
    const results = [];
    for (let round = 0; round < 30; round++)
      results.push(
        ...(await Promise.allSettled([
          moveTier(round % 2 ? tiers.silver : tiers.gold),
          ...Array.from({ length: 3 }, () => claim(customerId, offerId)),
        ])),
      );
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(refused.map((e) => (isAppError(e) ? e.code : String(e)))).toEqual([]);
    expect(await t.db.offerClaim.count({ where: { offerId, customerId } })).toBe(90);
  });
});

describe('targets, dates and channels', () => {
  it('needs a segment of the offer when it names segments', async () => {
    const segment = await t.db.$transaction((tx) =>
      createSegment(tx, {
        data: {
          name: 'Big balances',
          description: '',
          rule: {
            combinator: 'and',
            rules: [{ field: 'pointsBalance', compare: { op: 'gte', value: 300 } }],
          },
        },
        staffUserId,
      }),
    );
    const offerId = await makeOffer({ tierIds: [], segmentIds: [segment.id] });
    const rich = await customerOn('member');
    await givePoints(t.db, rich, 300);
    const poor = await customerOn('gold');
    expect((await listOffersFor(t.db, { customerId: rich })).map((o) => o.id)).toContain(offerId);
    expect((await listOffersFor(t.db, { customerId: poor })).map((o) => o.id)).not.toContain(
      offerId,
    );
    expect((await claim(rich, offerId)).code).toBeDefined();
    expect(await refusal(claim(poor, offerId))).toBe('offer_not_eligible');
  });

  it('neither lists nor lets anyone claim an offer before it starts or after it ends', async () => {
    const later = await makeOffer({
      startsAt: new Date(Date.now() + HOUR),
      endsAt: new Date(Date.now() + 2 * HOUR),
    });
    const gold = await customerOn('gold');
    expect((await listOffersFor(t.db, { customerId: gold })).map((o) => o.id)).not.toContain(later);
    expect(await refusal(claim(gold, later))).toBe('offer_not_available');
    expect(await t.db.offerClaim.count({ where: { offerId: later } })).toBe(0);
  });

  it('records a till benefit at the till, without a code, and refuses it in the portal', async () => {
    const offerId = await makeOffer({ benefit: 'TILL_BENEFIT', channels: 'STORE' });
    const gold = await customerOn('gold');
    expect(await refusal(claim(gold, offerId, 'APP'))).toBe('offer_not_valid_on_channel');
    expect(await refusal(claim(gold, offerId, 'ESHOP'))).toBe('offer_not_valid_on_channel');
    const result = await claim(gold, offerId, 'STORE');
    expect(result.code).toBeUndefined();
    expect(result.claim.benefit).toBe('TILL_BENEFIT');
    const claims = await listOfferClaims(t.db, { offerId, page: 1, pageSize: 10 });
    expect(claims.rows[0]).toMatchObject({ channel: 'STORE', shop: { id: storeId }, code: null });
  });

  it('claims nothing for a customer whose account support blocked', async () => {
    const offerId = await makeOffer({ channels: 'BOTH' });
    const gold = await customerOn('gold');
    await t.db.customer.update({ where: { id: gold }, data: { blockedAt: new Date() } });
    expect(await refusal(claim(gold, offerId, 'STORE'))).toBe('customer_blocked');
    expect(await t.db.offerClaim.count({ where: { customerId: gold } })).toBe(0);
  });
});

describe('offer admin', () => {
  it('refuses a cap below the claims already made, and unknown targets, writing nothing', async () => {
    const offerId = await makeOffer({ totalCap: 5 });
    await claim(await customerOn('gold'), offerId);
    await claim(await customerOn('gold'), offerId);
    const update = (data: Partial<OfferData>) =>
      t.db.$transaction((tx) =>
        updateOffer(tx, { id: offerId, data: offerData(data), staffUserId }),
      );
    expect(await refusal(update({ totalCap: 1 }))).toBe('offer_cap_below_claims');
    expect(await refusal(update({ tierIds: [crypto.randomUUID()] }))).toBe(
      'offer_target_not_found',
    );
    expect((await getOffer(t.db, offerId)).totalCap).toBe(5);
    await update({ totalCap: 2, tierIds: [tiers.silver, tiers.gold] });
    const offer = await getOffer(t.db, offerId);
    expect(offer.totalCap).toBe(2);
    expect(offer.tiers.map((tier) => tier.code)).toEqual(['SILVER', 'GOLD']);
    const audit = await t.db.auditLog.findMany({
      where: { targetType: 'offer', targetId: offerId },
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['offer.create', 'offer.update']);
  });

  it('lists offers by phase and title', async () => {
    const scheduled = await makeOffer({
      titleEn: 'Private preview of the spring collection',
      startsAt: new Date(Date.now() + HOUR),
      endsAt: new Date(Date.now() + 2 * HOUR),
    });
    const page = await listOffersForAdmin(t.db, {
      status: 'scheduled',
      query: 'spring',
      page: 1,
      pageSize: 10,
    });
    expect(page.rows.map((row) => row.id)).toEqual([scheduled]);
    expect(page.rows[0]?.phase).toBe('scheduled');
    const live = await listOffersForAdmin(t.db, { status: 'live', page: 1, pageSize: 100 });
    expect(live.rows.map((row) => row.id)).not.toContain(scheduled);
    const byClaims = await listOffersForAdmin(t.db, {
      sort: 'claimedCount',
      direction: 'desc',
      page: 1,
      pageSize: 100,
    });
    const counts = byClaims.rows.map((row) => row.claimedCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThanOrEqual(10);
  });
});
