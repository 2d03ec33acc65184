import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeShop } from '../testing/index.ts';
import { generateDiscountCode } from './code-format.ts';
import { redeemCode } from './redemption.ts';

// The database function of the `rollback_in_one_round_trip` migration, called as the API calls
// it, without the TypeScript around it.
let t: TestDatabase;
let shopId: string;
let apiKeyId: string;
let customerId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
  apiKeyId = (
    await t.db.apiKey.create({
      data: { shopId, name: 'till', prefix: 'fdl_test', hash: randomUUID().padEnd(64, '0') },
    })
  ).id;
  customerId = (await makeCustomer(t.db)).id;
});
afterAll(() => t.drop());

/** A code redeemed at the till: its id and the redemption's. */
const redeemed = async () => {
  const now = Date.now();
  const code = await t.db.discountCode.create({
    data: {
      code: generateDiscountCode(),
      customerId,
      discountType: 'FIXED_AMOUNT',
      discountValue: 500,
      currency: 'EUR',
      channels: 'BOTH',
      validFrom: new Date(now - 60_000),
      validUntil: new Date(now + 86_400_000),
    },
  });
  const { body } = await redeemCode(t.db, {
    code: code.code,
    basketAmount: 5_000,
    currency: 'EUR',
    channel: 'STORE',
    shopId,
    apiKeyId,
  });
  return { codeId: code.id, redemptionId: body.redemption.id };
};

const rollBack = async (
  redemptionId: string,
  { shop = shopId, key = null as string | null, hash = 'a'.repeat(64) } = {},
) => {
  const [row] = await t.db.$queryRaw<{ outcome: Record<string, unknown> }[]>`
    SELECT roll_back_redemption(${redemptionId}::uuid, ${shop}::uuid, ${apiKeyId}::uuid, now(), 200,
      ${JSON.stringify({ redemption: { id: redemptionId, status: 'ROLLED_BACK' } })}::jsonb,
      ${key}::text, ${hash}::text) AS outcome`;
  return row!.outcome;
};

describe('roll_back_redemption', () => {
  it('rolls back, makes the code usable again, notes the event and answers the given body', async () => {
    const { codeId, redemptionId } = await redeemed();
    expect(await rollBack(redemptionId)).toEqual({
      status: 200,
      body: { redemption: { id: redemptionId, status: 'ROLLED_BACK' } },
    });
    expect(await t.db.redemption.findUniqueOrThrow({ where: { id: redemptionId } })).toMatchObject({
      status: 'ROLLED_BACK',
      rolledBackAt: expect.any(Date),
    });
    expect(await t.db.discountCode.findUniqueOrThrow({ where: { id: codeId } })).toMatchObject({
      status: 'ACTIVE',
      redeemedAt: null,
    });
    expect(
      await t.db.codeEvent.findMany({ where: { codeId }, orderBy: { id: 'asc' } }),
    ).toMatchObject([
      { type: 'REDEEMED' },
      {
        type: 'ROLLED_BACK',
        channel: 'STORE',
        shopId,
        actorType: 'API_KEY',
        actorId: apiKeyId,
        detail: { redemptionId },
      },
    ]);
  });

  it("refuses another shop's redemption and an unknown one as not found, and writes nothing", async () => {
    const { codeId, redemptionId } = await redeemed();
    const otherShop = (await makeShop(t.db)).id;
    expect(await rollBack(redemptionId, { shop: otherShop })).toEqual({
      refused: 'redemption_not_found',
    });
    expect(await rollBack(randomUUID())).toEqual({ refused: 'redemption_not_found' });
    expect(await t.db.redemption.findUniqueOrThrow({ where: { id: redemptionId } })).toMatchObject({
      status: 'COMPLETED',
      rolledBackAt: null,
    });
    expect(await t.db.discountCode.findUniqueOrThrow({ where: { id: codeId } })).toMatchObject({
      status: 'REDEEMED',
    });
    expect(await t.db.codeEvent.count({ where: { codeId, type: 'ROLLED_BACK' } })).toBe(0);
  });

  it('refuses a redemption already rolled back', async () => {
    const { codeId, redemptionId } = await redeemed();
    await rollBack(redemptionId);
    expect(await rollBack(redemptionId)).toEqual({ refused: 'already_rolled_back' });
    expect(await t.db.codeEvent.count({ where: { codeId, type: 'ROLLED_BACK' } })).toBe(1);
  });

  it('rolls back once among concurrent calls: the others find it rolled back', async () => {
    const { codeId, redemptionId } = await redeemed();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => rollBack(redemptionId)));
    expect(outcomes.filter((o) => o.status === 200)).toHaveLength(1);
    expect(outcomes.filter((o) => o.refused === 'already_rolled_back')).toHaveLength(7);
    expect(await t.db.codeEvent.count({ where: { codeId, type: 'ROLLED_BACK' } })).toBe(1);
  });

  it('keeps the answer under the key, and hands it back to a retry', async () => {
    const { redemptionId } = await redeemed();
    const key = `k-${redemptionId}`;
    const first = await rollBack(redemptionId, { key });
    expect(first).toMatchObject({ status: 200 });
    expect(await rollBack(redemptionId, { key, hash: 'b'.repeat(64) })).toEqual({
      stored: { requestHash: 'a'.repeat(64), status: 200, body: first.body },
    });
  });

  it('answers inUse while another transaction holds the key', async () => {
    const { redemptionId } = await redeemed();
    const key = `busy-${redemptionId}`;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT claim_idempotency_key(${apiKeyId}::uuid, NULL, ${key}, false)`;
      locked();
      await held;
    });
    await isLocked;
    expect(await rollBack(redemptionId, { key })).toEqual({ inUse: true });
    release();
    await holder;
    expect(await rollBack(redemptionId, { key })).toMatchObject({ status: 200 });
  });
});
