import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import {
  givePoints,
  ledgerViolations,
  makeCustomer,
  makeReward,
  makeShop,
} from '../testing/index.ts';
import { cancelCode, claimReward, redeemCode, rollbackRedemption } from './index.ts';

let t: TestDatabase;
let shopId: string;
const customers: string[] = [];
const rewards: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
  for (let i = 0; i < 3; i++) {
    const customer = await makeCustomer(t.db);
    await givePoints(t.db, customer.id, 400);
    customers.push(customer.id);
  }
  rewards.push((await makeReward(t.db, { pointsCost: 50 })).id);
  rewards.push((await makeReward(t.db, { pointsCost: 120, stock: 4 })).id);
});
afterAll(() => t.drop());

const step = fc.oneof(
  fc.record({ kind: fc.constant('claim' as const), customer: fc.nat(2), reward: fc.nat(1) }),
  fc.record({ kind: fc.constant('redeem' as const), code: fc.nat(20) }),
  fc.record({ kind: fc.constant('rollback' as const), redemption: fc.nat(20) }),
  fc.record({ kind: fc.constant('cancel' as const), code: fc.nat(20) }),
);

// Refusals the rules allow; anything else (or a broken invariant) fails the property.
const expected = new Set([
  'insufficient_points',
  'reward_out_of_stock',
  'code_already_redeemed',
  'already_rolled_back',
  'code_not_active',
  'code_cancelled',
]);

it('keeps the ledger invariants through random claims, redemptions, rollbacks and cancellations', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
      const codes = await t.db.discountCode.findMany({
        select: { id: true, code: true },
        orderBy: { createdAt: 'asc' },
      });
      const redemptions = await t.db.redemption.findMany({
        select: { id: true },
        orderBy: { createdAt: 'asc' },
      });
      const results = await Promise.allSettled(
        steps.map((s) =>
          t.db.$transaction(async (tx) => {
            if (s.kind === 'claim')
              return claimReward(tx, {
                customerId: customers[s.customer]!,
                rewardId: rewards[s.reward]!,
                channel: 'APP',
                actor: { type: 'CUSTOMER' },
              });
            const code = codes[s.kind === 'rollback' ? 0 : s.code % Math.max(codes.length, 1)];
            if (s.kind === 'redeem' && code)
              return redeemCode(t.db, {
                code: code.code,
                basketAmount: 5_000,
                currency: 'EUR',
                channel: 'STORE',
                shopId,
              });
            if (s.kind === 'cancel' && code)
              return cancelCode(tx, {
                codeId: code.id,
                reason: 'property test',
                staffUserId: randomUUID(),
              });
            const redemption =
              redemptions[
                s.kind === 'rollback' ? s.redemption % Math.max(redemptions.length, 1) : 0
              ];
            if (s.kind === 'rollback' && redemption)
              return rollbackRedemption(t.db, { redemptionId: redemption.id, shopId });
            return undefined;
          }),
        ),
      );
      for (const result of results)
        if (result.status === 'rejected')
          expect(isAppError(result.reason) ? result.reason.code : String(result.reason)).toSatisfy(
            (code: string) => expected.has(code),
          );
      expect(await ledgerViolations(t.db)).toEqual([]);
      const stock = await t.db.reward.findUniqueOrThrow({
        where: { id: rewards[1]! },
        select: { stock: true },
      });
      expect(stock.stock).toBeGreaterThanOrEqual(0);
      const doubles = await t.db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "DiscountCode" c
        WHERE (c.status = 'REDEEMED') <> EXISTS (SELECT 1 FROM "Redemption" r WHERE r."codeId" = c.id AND r.status = 'COMPLETED')`;
      expect(Number(doubles[0]!.n)).toBe(0);
    }),
    { numRuns: 30 },
  );
});
