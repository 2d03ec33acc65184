import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplayedRefusal } from '../idempotency/index.ts';
import { type MovementPlan, plannedMovement } from '../ledger/index.ts';
import { claimReceipt, recordPurchase } from '../purchases/index.ts';
import { givePoints, ledgerViolations, makeCustomer, makeShop } from '../testing/index.ts';
import { refundPurchase } from './refund-purchase.ts';

// The database function of the `refund_in_one_round_trip` migration, called with hand-made
// decisions, without the TypeScript that makes them; then the use case around it, under load.
let t: TestDatabase;
let shopId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
});
afterAll(() => t.drop());

type Customer = Awaited<ReturnType<typeof makeCustomer>>;

/** A till purchase of `euros` (the default earn rule gives 1 point per euro); its externalId. */
const buy = async (customer: Customer | undefined, euros: number) => {
  const externalId = `P-${randomUUID()}`;
  const { purchase } = await recordPurchase(t.db, {
    shopId,
    channel: 'STORE',
    externalId,
    customer,
    amount: euros * 100,
    currency: 'EUR',
    occurredAt: new Date(),
  }).then(({ body }) => body);
  return { externalId, claimCode: purchase.claimCode };
};

/** What a refund of the purchase is decided on: the versions the function checks, and its lot. */
const readOf = async (externalId: string) => {
  const [row] = await t.db.$queryRaw<
    {
      id: string;
      version: string;
      customerId: string;
      accountVersion: string;
      configStamp: string;
      lot: { id: string; pending: boolean };
    }[]
  >`
    SELECT p.id, p.xmin::text AS version, p."customerId", a.xmin::text AS "accountVersion",
           (SELECT s."configStamp"::text FROM "ProgrammeSettings" s WHERE s.id = 1) AS "configStamp",
           (SELECT jsonb_build_object('id', l.id, 'pending', l."pendingUntil" IS NOT NULL)
            FROM "PointLot" l WHERE l."sourceType" = 'PURCHASE' AND l."sourceId" = p.id::text) AS lot
    FROM "Purchase" p JOIN "Account" a ON a."customerId" = p."customerId"
    WHERE p."shopId" = ${shopId}::uuid AND p."externalId" = ${externalId}`;
  return row!;
};

/** A refund of `points`, taken from the purchase's lot as `plan` says. */
const refundOf = async (externalId: string, amount: number, points: number, plan: MovementPlan) => {
  const read = await readOf(externalId);
  const refundId = randomUUID();
  return {
    purchaseId: read.id,
    channel: 'STORE',
    expected: {
      version: read.version,
      customerId: read.customerId,
      accountVersion: read.accountVersion,
      configStamp: read.configStamp,
    },
    refund: {
      id: refundId,
      externalId: `R-${refundId}`,
      amount,
      pointsClawedBack: points,
      pointsWrittenOff: 0,
    },
    reversal: plannedMovement(read.customerId, 'REVERSAL', 'STORE', plan, {
      points: -points,
      sourceType: 'REFUND',
      sourceId: refundId,
      qualifying: true,
      lot: read.lot,
    }),
    answerStatus: 201,
    answer: { refund: { id: refundId, pointsClawedBack: points, pointsWrittenOff: 0 } },
  };
};

const spent = (points: number): MovementPlan => ({
  spendable: -points,
  pending: 0,
  debt: 0,
  writtenOff: 0,
});

const call = async (p: object) => {
  const [row] = await t.db.$queryRaw<{ outcome: Record<string, unknown> }[]>`
    SELECT record_refund(${JSON.stringify(p)}::jsonb) AS outcome`;
  return row!.outcome;
};

const keyOf = (key: string, requestHash = 'a'.repeat(64)) => ({
  apiKeyId: null,
  webhookShopId: shopId,
  key,
  requestHash,
  queue: false,
});

const purchaseRow = (externalId: string) =>
  t.db.purchase.findFirstOrThrow({
    where: { externalId },
    select: { refundedAmount: true, pointsClawedBack: true },
  });

const balanceOf = async (customerId: string) =>
  (await t.db.account.findUniqueOrThrow({ where: { customerId } })).balance;

describe('record_refund', () => {
  it("records the refund, adds it to the purchase and takes back from the purchase's own lot", async () => {
    const customer = await makeCustomer(t.db);
    // Points held before the purchase expire first: a debit without a lot would take them.
    await givePoints(t.db, customer.id, 100);
    const { externalId } = await buy(customer, 50);
    const refund = await refundOf(externalId, 2_000, 20, spent(20));
    expect(await call(refund)).toEqual({ status: 201, body: refund.answer });
    expect(await t.db.refund.findUniqueOrThrow({ where: { id: refund.refund.id } })).toMatchObject({
      amount: 2_000,
      pointsClawedBack: 20,
      pointsWrittenOff: 0,
      lines: null,
    });
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 2_000, pointsClawedBack: 20 });
    expect(await balanceOf(customer.id)).toBe(130);
    expect(
      await t.db.pointLot.findUniqueOrThrow({ where: { id: refund.reversal.lot!.id } }),
    ).toMatchObject({ points: 50, remaining: 30 });
    expect(
      await t.db.movement.findUniqueOrThrow({ where: { id: refund.reversal.id } }),
    ).toMatchObject({
      type: 'REVERSAL',
      points: -20,
      sourceType: 'REFUND',
      sourceId: refund.refund.id,
    });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('cancels pending points from the pending lot of the purchase', async () => {
    await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 14 } });
    try {
      const customer = await makeCustomer(t.db);
      const { externalId } = await buy(customer, 50);
      const plan = { spendable: 0, pending: -20, debt: 0, writtenOff: 0 };
      const refund = await refundOf(externalId, 2_000, 20, plan);
      expect(refund.reversal.lot).toMatchObject({ pending: true });
      expect(await call(refund)).toMatchObject({ status: 201 });
      expect(
        await t.db.pointLot.findUniqueOrThrow({ where: { id: refund.reversal.lot!.id } }),
      ).toMatchObject({ remaining: 30, pendingUntil: expect.any(Date) });
      expect(await ledgerViolations(t.db)).toEqual([]);
    } finally {
      await t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: 0 } });
    }
  });

  it('answers stale and writes nothing when another refund of the purchase got in between', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await buy(customer, 50);
    const first = await refundOf(externalId, 4_000, 40, spent(40));
    const second = await refundOf(externalId, 4_000, 40, spent(40));
    expect(await call(first)).toMatchObject({ status: 201 });
    expect(await call(second)).toEqual({ stale: true });
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 4_000, pointsClawedBack: 40 });
    expect(await t.db.refund.count({ where: { id: second.refund.id } })).toBe(0);
  });

  it("answers stale when the customer's points or the programme's settings changed since", async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await buy(customer, 50);
    const moved = await refundOf(externalId, 1_000, 10, spent(10));
    await givePoints(t.db, customer.id, 5);
    expect(await call(moved)).toEqual({ stale: true });

    const reconfigured = await refundOf(externalId, 1_000, 10, spent(10));
    await t.db.programmeSettings.update({ where: { id: 1 }, data: { refundPolicy: 'DEBT' } });
    try {
      expect(await call(reconfigured)).toEqual({ stale: true });
    } finally {
      await t.db.programmeSettings.update({
        where: { id: 1 },
        data: { refundPolicy: 'CAP_AT_BALANCE' },
      });
    }
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 0, pointsClawedBack: 0 });
    expect(await balanceOf(customer.id)).toBe(55);
  });

  it('keeps the answer under the key and hands it to a retry, writing nothing twice', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await buy(customer, 50);
    const key = `k-${randomUUID()}`;
    const refund = { ...(await refundOf(externalId, 1_000, 10, spent(10))), key: keyOf(key) };
    expect(await call(refund)).toEqual({ status: 201, body: refund.answer });
    const retry = {
      ...(await refundOf(externalId, 1_000, 10, spent(10))),
      key: keyOf(key, 'b'.repeat(64)),
    };
    expect(await call(retry)).toEqual({
      stored: { requestHash: 'a'.repeat(64), status: 201, body: refund.answer },
    });
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 1_000, pointsClawedBack: 10 });
  });

  it('keeps only the answer of a refund the shop already sent, with its status', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await buy(customer, 50);
    const first = await refundOf(externalId, 1_000, 10, spent(10));
    await call(first);
    const {
      refund: _refund,
      reversal: _reversal,
      ...resent
    } = {
      ...(await refundOf(externalId, 1_000, 10, spent(10))),
      answerStatus: 200,
      answer: first.answer,
      key: keyOf(`k-${randomUUID()}`),
    };
    expect(await call(resent)).toEqual({ status: 200, body: first.answer });
    expect(
      await t.db.idempotencyRecord.findFirstOrThrow({ where: { key: resent.key.key } }),
    ).toMatchObject({ responseStatus: 200, responseBody: first.answer });
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 1_000, pointsClawedBack: 10 });
    expect(await balanceOf(customer.id)).toBe(40);
  });

  it('answers inUse while another transaction holds the key', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await buy(customer, 50);
    const key = `busy-${randomUUID()}`;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT claim_idempotency_key(NULL, ${shopId}::uuid, ${key}, false)`;
      locked();
      await held;
    });
    await isLocked;
    const refund = { ...(await refundOf(externalId, 1_000, 10, spent(10))), key: keyOf(key) };
    expect(await call(refund)).toEqual({ inUse: true });
    release();
    await holder;
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 0, pointsClawedBack: 0 });
  });
});

describe('refundPurchase', () => {
  const refund = (externalId: string, amount: number) =>
    refundPurchase(t.db, {
      shopId,
      purchaseExternalId: externalId,
      refund: { externalId: `R-${randomUUID()}`, amount },
      channel: 'STORE',
    });

  it('keeps a refusal under the key: a retry gets it again once the purchase exists', async () => {
    const externalId = `P-${randomUUID()}`;
    const scope = {
      owner: { webhookShopId: shopId },
      key: `k-${randomUUID()}`,
      requestHash: 'c'.repeat(64),
    };
    const request = {
      shopId,
      purchaseExternalId: externalId,
      refund: { externalId: 'R-1', amount: 100 },
      channel: 'STORE' as const,
    };
    const answering = { scope, status: 201, resentStatus: 200 };
    await expect(refundPurchase(t.db, request, answering)).rejects.toMatchObject({
      code: 'purchase_not_found',
    });
    await recordPurchase(t.db, {
      shopId,
      channel: 'STORE',
      externalId,
      amount: 1_000,
      currency: 'EUR',
      occurredAt: new Date(),
    });
    const retry = await refundPurchase(t.db, request, answering).catch((error: unknown) => error);
    expect(retry).toBeInstanceOf(ReplayedRefusal);
    expect(retry).toMatchObject({ code: 'purchase_not_found' });
    expect(await t.db.refund.count({ where: { purchase: { externalId } } })).toBe(0);
  });

  it("settles concurrent refunds of one purchase while its customer's points keep moving", async () => {
    const customer = await makeCustomer(t.db);
    const { externalId } = await buy(customer, 20);
    const settled = await Promise.allSettled([
      ...Array.from({ length: 10 }, () => refund(externalId, 300)),
      ...Array.from({ length: 5 }, () => buy(customer, 10)),
      ...Array.from({ length: 5 }, () => givePoints(t.db, customer.id, 1)),
    ]);
    const refunds = settled.slice(0, 10);
    expect(refunds.filter((r) => r.status === 'fulfilled')).toHaveLength(6);
    for (const r of refunds.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        code: 'refund_exceeds_purchase',
      });
    expect(settled.slice(10).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 1_800, pointsClawedBack: 18 });
    // 20 earned, 18 taken back, 5 purchases of 10, 5 single points.
    expect(await balanceOf(customer.id)).toBe(2 + 50 + 5);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('settles refunds of a receipt claimed at the same moment, in either order', async () => {
    const customer = await makeCustomer(t.db);
    const { externalId, claimCode } = await buy(undefined, 40);
    const settled = await Promise.allSettled([
      t.db.$transaction((tx) =>
        claimReceipt(tx, { customerId: customer.id, claimCode: claimCode!, now: new Date() }),
      ),
      ...Array.from({ length: 4 }, () => refund(externalId, 500)),
    ]);
    expect(settled.map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
    // Refunds before the claim took nothing and the claim credited the rest; those after it took
    // back their part: half the purchase's points either way.
    expect(await purchaseRow(externalId)).toEqual({ refundedAmount: 2_000, pointsClawedBack: 20 });
    expect(await balanceOf(customer.id)).toBe(20);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });
});
