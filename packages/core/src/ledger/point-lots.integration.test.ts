import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import type { RefundPolicy } from '@fidele/db';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { AppError } from '../errors.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { givePoints, ledgerViolations, makeCustomer, makeShop } from '../testing/index.ts';
import {
  expirePoints,
  getPointsOutlook,
  listMovements,
  recordMovement,
  releasePendingPoints,
} from './index.ts';

let t: TestDatabase;
let shopId: string;
let purchaseNo = 0;

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY);

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db, { kind: 'STORE' })).id;
});
afterAll(() => t.drop());

const settings = (data: {
  pendingDays?: number;
  expiryMonths?: number;
  refundPolicy?: RefundPolicy;
}) => t.db.programmeSettings.update({ where: { id: 1 }, data });

beforeEach(() => settings({ pendingDays: 0, expiryMonths: 12, refundPolicy: 'CAP_AT_BALANCE' }));

/** A till purchase; the default earn rule gives 1 point per euro. */
const buy = async (customer: Awaited<ReturnType<typeof makeCustomer>>, euros: number) => {
  const externalId = `T-${++purchaseNo}`;
  const { purchase } = await recordPurchase(t.db, {
    shopId,
    channel: 'STORE',
    externalId,
    customer,
    amount: euros * 100,
    currency: 'EUR',
    occurredAt: new Date(),
  }).then(({ body }) => body);
  return { externalId, points: purchase.pointsEarned };
};

const refund = (purchaseExternalId: string, cents: number) =>
  refundPurchase(t.db, {
    shopId,
    purchaseExternalId,
    refund: { externalId: `R-${++purchaseNo}`, amount: cents },
    channel: 'STORE',
  }).then(({ body }) => body);

const spend = (customerId: string, points: number) =>
  t.db.$transaction((tx) =>
    recordMovement(tx, {
      customerId,
      type: 'REDEEM',
      channel: 'STORE',
      points: -points,
      source: { type: 'TEST' },
    }),
  );

const balances = async (customerId: string) => {
  const outlook = await getPointsOutlook(t.db, customerId, PROGRAMME_TIME_ZONE);
  const { balance } = await t.db.account.findUniqueOrThrow({ where: { customerId } });
  return { spendable: balance, pending: outlook.pending.points, debt: outlook.debt };
};

describe('pending period', () => {
  it('keeps purchase points pending, unspendable, until the release job frees them', async () => {
    await settings({ pendingDays: 14 });
    const customer = await makeCustomer(t.db);
    const { points } = await buy(customer, 120);
    expect(points).toBeGreaterThan(0);
    expect(await balances(customer.id)).toEqual({ spendable: 0, pending: points, debt: 0 });
    await expect(spend(customer.id, 1)).rejects.toMatchObject({ code: 'insufficient_points' });
    const [earn] = await listMovements(t.db, { customerId: customer.id });
    expect(earn).toMatchObject({ type: 'EARN', points, balanceAfter: null });
    expect(earn?.pendingUntil?.getTime()).toBeGreaterThan(later(13).getTime());

    expect(await releasePendingPoints(t.db, later(13))).toEqual({ lots: 0, points: 0 });
    expect(await releasePendingPoints(t.db, later(15))).toMatchObject({ points });
    expect(await balances(customer.id)).toEqual({ spendable: points, pending: 0, debt: 0 });
    expect(await releasePendingPoints(t.db, later(15))).toEqual({ lots: 0, points: 0 });
    const [release] = await listMovements(t.db, { customerId: customer.id });
    expect(release).toMatchObject({ type: 'RELEASE', points, balanceAfter: points });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('cancels pending points when the purchase is refunded within the period', async () => {
    await settings({ pendingDays: 14 });
    const customer = await makeCustomer(t.db);
    await givePoints(t.db, customer.id, 30);
    const { externalId, points } = await buy(customer, 100);
    const partial = await refund(externalId, 4_000);
    expect(partial.refund.pointsClawedBack).toBe(Math.floor((points * 40) / 100));
    expect(await balances(customer.id)).toEqual({
      spendable: 30,
      pending: points - partial.refund.pointsClawedBack,
      debt: 0,
    });
    await refund(externalId, 6_000);
    expect(await balances(customer.id)).toEqual({ spendable: 30, pending: 0, debt: 0 });
    await releasePendingPoints(t.db, later(15));
    expect(await balances(customer.id)).toEqual({ spendable: 30, pending: 0, debt: 0 });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });
});

describe('expiry', () => {
  it('spends the points that expire first, and expires only what is left of them', async () => {
    const customer = await makeCustomer(t.db);
    await givePoints(t.db, customer.id, 100);
    await settings({ expiryMonths: 1 });
    await givePoints(t.db, customer.id, 50);
    await spend(customer.id, 30);
    const outlook = await getPointsOutlook(t.db, customer.id, PROGRAMME_TIME_ZONE);
    expect(outlook.nextExpiry?.points).toBe(20);
    expect(outlook.nextExpiry!.on.getTime()).toBeLessThan(later(32).getTime());

    const inTwoMonths = later(62);
    const runs = await Promise.all([1, 2, 3].map(() => expirePoints(t.db, inTwoMonths)));
    expect(runs.reduce((sum, run) => sum + run.points, 0)).toBeGreaterThanOrEqual(20);
    expect(await balances(customer.id)).toMatchObject({ spendable: 100 });
    const expired = await t.db.movement.findMany({
      where: { customerId: customer.id, type: 'EXPIRE' },
      select: { points: true },
    });
    expect(expired).toEqual([{ points: -20 }]);
    await expirePoints(t.db, inTwoMonths);
    expect(await balances(customer.id)).toMatchObject({ spendable: 100 });

    await spend(customer.id, 100);
    await expirePoints(t.db, later(800));
    expect(await t.db.movement.count({ where: { customerId: customer.id, type: 'EXPIRE' } })).toBe(
      1,
    );
    expect(await ledgerViolations(t.db)).toEqual([]);
  });
});

describe('refund policy DEBT', () => {
  it('owes back points already spent, and the next earnings repay the debt first', async () => {
    await settings({ refundPolicy: 'DEBT' });
    const customer = await makeCustomer(t.db);
    const { externalId, points } = await buy(customer, 100);
    await spend(customer.id, points - 20);
    const { refund: full } = await refund(externalId, 10_000);
    expect(full).toMatchObject({ pointsClawedBack: points, pointsWrittenOff: 0 });
    expect(await balances(customer.id)).toEqual({ spendable: 0, pending: 0, debt: points - 20 });
    await givePoints(t.db, customer.id, points - 30);
    expect(await balances(customer.id)).toEqual({ spendable: 0, pending: 0, debt: 10 });
    await givePoints(t.db, customer.id, 25);
    expect(await balances(customer.id)).toEqual({ spendable: 15, pending: 0, debt: 0 });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('writes off instead under CAP_AT_BALANCE', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId, points } = await buy(customer, 100);
    await spend(customer.id, points - 20);
    const { refund: full } = await refund(externalId, 10_000);
    expect(full).toMatchObject({ pointsClawedBack: 20, pointsWrittenOff: points - 20 });
    expect(await balances(customer.id)).toEqual({ spendable: 0, pending: 0, debt: 0 });
  });
});

type Step =
  | { kind: 'buy'; euros: number }
  | { kind: 'refund'; purchase: number; cents: number }
  | { kind: 'spend'; points: number }
  | { kind: 'release'; days: number }
  | { kind: 'expire'; days: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('buy' as const), euros: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('refund' as const),
    purchase: fc.nat(),
    cents: fc.integer({ min: 1, max: 20_000 }),
  }),
  fc.record({ kind: fc.constant('spend' as const), points: fc.integer({ min: 1, max: 150 }) }),
  fc.record({ kind: fc.constant('release' as const), days: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ kind: fc.constant('expire' as const), days: fc.integer({ min: 0, max: 800 }) }),
);

describe('point lots', () => {
  it('keep the ledger sound over any sequence of earn, refund, spend, release and expiry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('CAP_AT_BALANCE', 'DEBT' as const),
        fc.constantFrom(0, 7),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        async (refundPolicy, pendingDays, steps) => {
          await settings({ refundPolicy, pendingDays, expiryMonths: 1 });
          const customer = await makeCustomer(t.db);
          const purchases: string[] = [];
          for (const s of steps) {
            if (s.kind === 'buy') purchases.push((await buy(customer, s.euros)).externalId);
            else if (s.kind === 'refund' && purchases.length)
              await refund(purchases[s.purchase % purchases.length]!, s.cents).catch(
                (error: unknown) => {
                  if (!(error instanceof AppError && error.code === 'refund_exceeds_purchase'))
                    throw error;
                },
              );
            else if (s.kind === 'spend')
              await spend(customer.id, s.points).catch((error: unknown) => {
                if (!(error instanceof AppError && error.code === 'insufficient_points'))
                  throw error;
              });
            else if (s.kind === 'release') await releasePendingPoints(t.db, later(s.days));
            else if (s.kind === 'expire') await expirePoints(t.db, later(s.days));
          }
          expect(await ledgerViolations(t.db)).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });
});
