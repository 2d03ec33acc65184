import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedMovement } from '../ledger/index.ts';
import {
  givePoints,
  ledgerViolations,
  makeCustomer,
  makeReward,
  makeShop,
} from '../testing/index.ts';

// The database functions of the `purchase_in_one_round_trip` and `reward_claim_in_one_round_trip`
// migrations, called with hand-made decisions, without the TypeScript that makes them.
let t: TestDatabase;
let shopId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
});
afterAll(() => t.drop());

const accountOf = async (customerId: string) => {
  const [row] = await t.db.$queryRaw<{ version: string; balance: number; tierId: string }[]>`
    SELECT a.xmin::text AS version, a.balance, c."tierId"
    FROM "Account" a JOIN "Customer" c ON c.id = a."customerId" WHERE a."customerId" = ${customerId}::uuid`;
  return row!;
};

const configStamp = async () =>
  (await t.db.programmeSettings.findUniqueOrThrow({ where: { id: 1 } })).configStamp;

const call = async (fn: 'record_purchase' | 'claim_reward', p: object) => {
  const [row] =
    fn === 'record_purchase'
      ? await t.db.$queryRaw<
          { outcome: Record<string, unknown> }[]
        >`SELECT record_purchase(${JSON.stringify(p)}::jsonb) AS outcome`
      : await t.db.$queryRaw<
          { outcome: Record<string, unknown> }[]
        >`SELECT claim_reward(${JSON.stringify(p)}::jsonb) AS outcome`;
  return row!.outcome;
};

const purchaseOf = async (customerId: string, points: number, version: string, tierId: string) => {
  const id = randomUUID();
  const earn = plannedMovement(
    customerId,
    'EARN',
    'STORE',
    { spendable: points, pending: 0, debt: 0, writtenOff: 0 },
    {
      points,
      sourceType: 'PURCHASE',
      sourceId: id,
      qualifying: true,
    },
  );
  const { earnMultiplier: multiplier } = await t.db.tier.findUniqueOrThrow({
    where: { id: tierId },
  });
  return {
    purchase: {
      id,
      shopId,
      externalId: `F-${id}`,
      customerId,
      channel: 'STORE',
      amount: points * 100,
      currency: 'EUR',
      occurredAt: new Date(),
      pointsEarned: points,
    },
    expected: { version, tierId, multiplier, configStamp: await configStamp() },
    earn,
    answerStatus: 201,
    answer: { purchase: { id } },
  };
};

describe('record_purchase', () => {
  it('records the purchase and credits its points when the customer is as read', async () => {
    const customer = await makeCustomer(t.db);
    const { version, tierId } = await accountOf(customer.id);
    const decision = await purchaseOf(customer.id, 42, version, tierId);
    expect(await call('record_purchase', decision)).toEqual({ status: 201, body: decision.answer });
    expect((await accountOf(customer.id)).balance).toBe(42);
    expect(await t.db.purchase.count({ where: { id: decision.purchase.id } })).toBe(1);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('answers stale and writes nothing when a movement got in between', async () => {
    const customer = await makeCustomer(t.db);
    const { version, tierId } = await accountOf(customer.id);
    const decision = await purchaseOf(customer.id, 10, version, tierId);
    await givePoints(t.db, customer.id, 5);
    expect(await call('record_purchase', decision)).toEqual({ stale: true });
    expect(await t.db.purchase.count({ where: { id: decision.purchase.id } })).toBe(0);
    expect((await accountOf(customer.id)).balance).toBe(5);
  });

  it('answers exists for a purchase the shop already sent', async () => {
    const customer = await makeCustomer(t.db);
    const first = await accountOf(customer.id);
    const decision = await purchaseOf(customer.id, 10, first.version, first.tierId);
    await call('record_purchase', decision);
    const now = await accountOf(customer.id);
    const again = { ...(await purchaseOf(customer.id, 10, now.version, now.tierId)) };
    again.purchase.externalId = decision.purchase.externalId;
    expect(await call('record_purchase', again)).toEqual({ exists: true });
    expect((await accountOf(customer.id)).balance).toBe(10);
  });
});

describe('claim_reward', () => {
  const claimOf = async (customerId: string, rewardId: string, cost: number) => {
    const { version, tierId, balance } = await accountOf(customerId);
    const codeId = randomUUID();
    return {
      customerId,
      tierId,
      version,
      rewardId,
      limitedStock: true,
      code: {
        id: codeId,
        code: `FDL-${codeId.slice(0, 4)}-${codeId.slice(4, 8)}`.toUpperCase(),
        validFrom: new Date(),
        validUntil: new Date(Date.now() + 86_400_000),
        discountType: 'FIXED_AMOUNT',
        discountValue: 500,
        discountCap: null,
        currency: 'EUR',
        minBasket: null,
        channels: 'BOTH',
        pointsCost: cost,
      },
      event: { channel: 'APP', actorType: 'CUSTOMER', actorId: customerId },
      debit: plannedMovement(
        customerId,
        'REDEEM',
        'APP',
        { spendable: -cost, pending: 0, debt: 0, writtenOff: 0 },
        { points: -cost, sourceType: 'DISCOUNT_CODE', sourceId: codeId, qualifying: false },
      ),
      answerStatus: 201,
      answer: { balance: balance - cost },
    };
  };

  it('takes the stock, issues the code and debits the points, until the stock is out', async () => {
    const customer = await makeCustomer(t.db);
    await givePoints(t.db, customer.id, 300);
    const reward = await makeReward(t.db, { pointsCost: 100, stock: 1 });
    const first = await claimOf(customer.id, reward.id, 100);
    expect(await call('claim_reward', first)).toEqual({ status: 201, body: { balance: 200 } });
    expect(await t.db.discountCode.count({ where: { id: first.code.id } })).toBe(1);
    expect(await call('claim_reward', await claimOf(customer.id, reward.id, 100))).toEqual({
      refused: 'reward_out_of_stock',
    });
    expect((await accountOf(customer.id)).balance).toBe(200);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('answers stale when the balance moved since the read', async () => {
    const customer = await makeCustomer(t.db);
    await givePoints(t.db, customer.id, 100);
    const reward = await makeReward(t.db, { pointsCost: 100 });
    const claim = await claimOf(customer.id, reward.id, 100);
    await givePoints(t.db, customer.id, 1);
    expect(await call('claim_reward', claim)).toEqual({ stale: true });
    expect(await t.db.discountCode.count({ where: { id: claim.code.id } })).toBe(0);
  });
});
