import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMovement } from '../ledger/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { claimReward } from '../rewards/index.ts';
import { givePoints, makeCustomer, makeReward, makeShop } from '../testing/index.ts';
import { reviewOutcome, tierBelow } from './ladder.ts';
import { reviewTiers } from './review.ts';
import { getTierStatus } from './tier-status.ts';

let t: TestDatabase;
let shopId: string;
let ladder: { id: string; code: string; rank: number; threshold: number }[];
let purchaseNo = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db, { kind: 'STORE' })).id;
  await t.db.tier.createMany({
    data: [
      { code: 'SILVER', name: 'Silver', rank: 1, threshold: 100 },
      { code: 'GOLD', name: 'Gold', rank: 2, threshold: 200 },
    ],
  });
  ladder = await t.db.tier.findMany({
    select: { id: true, code: true, rank: true, threshold: true },
    orderBy: { rank: 'asc' },
  });
});
afterAll(() => t.drop());

const buy = (customer: Awaited<ReturnType<typeof makeCustomer>>, euros: number) =>
  recordPurchase(t.db, {
    shopId,
    channel: 'STORE',
    externalId: `TIER-${++purchaseNo}`,
    customer,
    amount: euros * 100,
    currency: 'EUR',
    occurredAt: new Date(),
  }).then(({ body }) => body);

const tierOf = async (customerId: string) =>
  (
    await t.db.customer.findUniqueOrThrow({
      where: { id: customerId },
      select: { tier: { select: { code: true } } },
    })
  ).tier.code;

describe('upgrade at once', () => {
  it('moves the tier in the purchase that qualifies, and says so in the response', async () => {
    const customer = await makeCustomer(t.db);
    const first = await buy(customer, 150);
    expect(first.purchase.customer?.tier).toEqual({ code: 'SILVER', name: 'Silver' });
    expect(await tierOf(customer.id)).toBe('SILVER');
    expect(await getTierStatus(t.db, customer.id)).toMatchObject({
      metric: 'POINTS_EARNED',
      figure: 150,
      current: { code: 'SILVER' },
      next: { tier: { code: 'GOLD' }, missing: 50 },
      downgradeOn: null,
      history: [{ from: { code: 'MEMBER' }, to: { code: 'SILVER' }, reason: 'QUALIFIED' }],
    });
    await buy(customer, 60);
    expect(await tierOf(customer.id)).toBe('GOLD');
    const history = await t.db.tierChange.findMany({
      where: { customerId: customer.id },
      orderBy: { createdAt: 'asc' },
      select: {
        reason: true,
        qualifyingFigure: true,
        movementId: true,
        toTier: { select: { code: true } },
      },
    });
    expect(history).toEqual([
      {
        reason: 'QUALIFIED',
        qualifyingFigure: 150,
        movementId: expect.any(String),
        toTier: { code: 'SILVER' },
      },
      {
        reason: 'QUALIFIED',
        qualifyingFigure: 210,
        movementId: expect.any(String),
        toTier: { code: 'GOLD' },
      },
    ]);
  });

  it('records each change once under concurrent qualifying purchases', async () => {
    const customer = await makeCustomer(t.db);
    await Promise.all(Array.from({ length: 10 }, () => buy(customer, 30)));
    expect(await tierOf(customer.id)).toBe('GOLD');
    const changes = await t.db.tierChange.findMany({
      where: { customerId: customer.id },
      orderBy: { createdAt: 'asc' },
      select: { qualifyingFigure: true, toTier: { select: { code: true } } },
    });
    expect(changes.map((c) => c.toTier.code)).toEqual(['SILVER', 'GOLD']);
    expect(changes.map((c) => c.qualifyingFigure)).toEqual([120, 210]);
  });
});

describe('rewards with a minimum tier', () => {
  it('are refused below the tier, and claimable once the customer reaches it', async () => {
    const gold = ladder.find((tier) => tier.code === 'GOLD')!;
    const { id: rewardId } = await makeReward(t.db, { pointsCost: 50, minTierId: gold.id });
    const customer = await makeCustomer(t.db);
    await buy(customer, 150);
    const claim = () =>
      claimReward(t.db, {
        customerId: customer.id,
        rewardId,
        channel: 'APP',
        actor: { type: 'CUSTOMER', id: customer.id },
      }).then(({ body }) => body);
    await expect(claim()).rejects.toMatchObject({ code: 'tier_too_low' });
    await givePoints(t.db, customer.id, 500);
    await expect(claim()).rejects.toMatchObject({ code: 'tier_too_low' });
    await buy(customer, 60);
    await expect(claim()).resolves.toMatchObject({ code: expect.any(String) });
  });
});

const DAY = 86_400_000;

const standing = fc.record({
  rank: fc.integer({ min: 1, max: 2 }),
  figure: fc.integer({ min: 0, max: 300 }),
  atRiskDaysAgo: fc.option(fc.integer({ min: 0, max: 60 })),
  pinnedDays: fc.option(fc.integer({ min: -10, max: 10 })),
});

describe('tier review', () => {
  it('downgrades exactly those past their grace period, the same however often it runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(standing, { minLength: 1, maxLength: 8 }), async (standings) => {
        const now = new Date(Date.now() + 1_000);
        const customers = [];
        for (const s of standings) {
          const customer = await makeCustomer(t.db);
          if (s.figure > 0)
            await t.db.$transaction((tx) =>
              recordMovement(tx, {
                customerId: customer.id,
                type: 'EARN',
                channel: 'STORE',
                points: s.figure,
                source: { type: 'TEST' },
                qualifying: true,
              }),
            );
          const atRiskSince =
            s.atRiskDaysAgo === null ? null : new Date(now.getTime() - s.atRiskDaysAgo * DAY);
          const pinnedUntil =
            s.pinnedDays === null ? null : new Date(now.getTime() + s.pinnedDays * DAY);
          const tier = ladder[s.rank]!;
          await t.db.customer.update({
            where: { id: customer.id },
            data: { tierId: tier.id, tierAtRiskSince: atRiskSince, tierPinnedUntil: pinnedUntil },
          });
          const outcome = reviewOutcome({
            qualifies: s.figure >= tier.threshold,
            atRiskSince,
            pinnedUntil,
            graceDays: 30,
            now,
          });
          const below = tierBelow(ladder, tier)!;
          const expected =
            outcome === 'downgrade'
              ? { tierId: below.id, tierAtRiskSince: s.figure >= below.threshold ? null : now }
              : outcome === 'warn'
                ? { tierId: tier.id, tierAtRiskSince: now }
                : outcome === 'forgive'
                  ? { tierId: tier.id, tierAtRiskSince: null }
                  : { tierId: tier.id, tierAtRiskSince: atRiskSince };
          customers.push({ id: customer.id, expected, downgraded: outcome === 'downgrade' });
        }
        await Promise.all([reviewTiers(t.db, now), reviewTiers(t.db, now)]);
        await reviewTiers(t.db, now);
        for (const customer of customers) {
          const after = await t.db.customer.findUniqueOrThrow({
            where: { id: customer.id },
            select: { tierId: true, tierAtRiskSince: true },
          });
          expect(after).toEqual(customer.expected);
          expect(
            await t.db.tierChange.count({ where: { customerId: customer.id, reason: 'REVIEW' } }),
          ).toBe(customer.downgraded ? 1 : 0);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('refunds', () => {
  it('take from the figure all the refunded part earned, even points already spent', async () => {
    const customer = await makeCustomer(t.db);
    const { purchase } = await buy(customer, 150);
    expect(await tierOf(customer.id)).toBe('SILVER');
    await t.db.$transaction((tx) =>
      recordMovement(tx, {
        customerId: customer.id,
        type: 'REDEEM',
        channel: 'STORE',
        points: -150,
        source: { type: 'TEST' },
      }),
    );
    const { refund } = await refundPurchase(t.db, {
      shopId,
      purchaseExternalId: purchase.externalId,
      refund: { externalId: `R-${purchase.externalId}`, amount: 15_000 },
      channel: 'STORE',
    }).then(({ body }) => body);
    expect(refund).toMatchObject({ pointsClawedBack: 0, pointsWrittenOff: 150 });
    expect(await getTierStatus(t.db, customer.id)).toMatchObject({ figure: 0 });

    // The review warns them at once and moves them down when the grace period is over.
    const now = new Date(Date.now() + 1_000);
    await reviewTiers(t.db, now);
    await reviewTiers(t.db, new Date(now.getTime() + 31 * DAY));
    expect(await tierOf(customer.id)).toBe('MEMBER');
  });
});
