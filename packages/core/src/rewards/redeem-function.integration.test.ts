import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeShop } from '../testing/index.ts';
import { generateDiscountCode } from './code-format.ts';

// The database functions of the `redeem_in_one_round_trip` migration, called as the API calls
// them, without the TypeScript around them.
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

const newCode = async () => {
  const now = Date.now();
  return t.db.discountCode.create({
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
};

const redeem = async (codeId: string, key: string | null = null, hash = 'a'.repeat(64)) => {
  const redemptionId = randomUUID();
  const [row] = await t.db.$queryRaw<{ outcome: Record<string, unknown> }[]>`
    SELECT redeem_discount_code(${codeId}::uuid, ${redemptionId}::uuid, ${shopId}::uuid,
      ${apiKeyId}::uuid, 'STORE'::"Channel", 5000, 'EUR', 500, NULL, now(), 201,
      ${JSON.stringify({ redemption: { id: redemptionId } })}::jsonb, ${key}::text, ${hash}::text) AS outcome`;
  return { redemptionId, outcome: row!.outcome };
};

describe('redeem_discount_code', () => {
  it('redeems, records the redemption and its event, and answers the given body', async () => {
    const code = await newCode();
    const { redemptionId, outcome } = await redeem(code.id);
    expect(outcome).toEqual({ status: 201, body: { redemption: { id: redemptionId } } });
    expect(await t.db.discountCode.findUniqueOrThrow({ where: { id: code.id } })).toMatchObject({
      status: 'REDEEMED',
    });
    expect(await t.db.redemption.findUniqueOrThrow({ where: { id: redemptionId } })).toMatchObject({
      codeId: code.id,
      shopId,
      apiKeyId,
      amountOff: 500,
      basketAmount: 5000,
    });
    expect(await t.db.codeEvent.findMany({ where: { codeId: code.id } })).toMatchObject([
      { type: 'REDEEMED', actorType: 'API_KEY', actorId: apiKeyId, detail: { redemptionId } },
    ]);
  });

  it('refuses a code no longer active and writes nothing', async () => {
    const redeemed = await newCode();
    await redeem(redeemed.id);
    expect((await redeem(redeemed.id)).outcome).toEqual({ refused: 'code_already_redeemed' });
    const cancelled = await newCode();
    await t.db.discountCode.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } });
    expect((await redeem(cancelled.id)).outcome).toEqual({ refused: 'code_cancelled' });
    expect(await t.db.redemption.count({ where: { codeId: cancelled.id } })).toBe(0);
  });

  it('keeps the answer under the key, and hands it back to a retry', async () => {
    const code = await newCode();
    const key = `k-${code.id}`;
    const first = await redeem(code.id, key);
    expect(first.outcome).toMatchObject({ status: 201 });
    const again = await redeem(code.id, key, 'b'.repeat(64));
    expect(again.outcome).toEqual({
      stored: { requestHash: 'a'.repeat(64), status: 201, body: first.outcome.body },
    });
    expect(await t.db.redemption.count({ where: { codeId: code.id } })).toBe(1);
  });

  it('answers inUse while another transaction holds the key', async () => {
    const code = await newCode();
    const key = `busy-${code.id}`;
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
    expect((await redeem(code.id, key)).outcome).toEqual({ inUse: true });
    release();
    await holder;
    expect((await redeem(code.id, key)).outcome).toMatchObject({ status: 201 });
  });
});
