import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { recordMovement } from '../ledger/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { givePoints, ledgerViolations, makeCustomer, makeShop } from '../testing/index.ts';
import { pointsOwedAfter } from './refund-points.ts';
import { refundPurchase } from './refund-purchase.ts';

let t: TestDatabase;
let shopId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db, { kind: 'STORE' })).id;
});
afterAll(() => t.drop());

type Step =
  | { kind: 'buy'; amount: number }
  | { kind: 'refund'; purchase: number; amount: number }
  | { kind: 'spend'; points: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('buy' as const), amount: fc.integer({ min: 100, max: 20_000 }) }),
  fc.record({
    kind: fc.constant('refund' as const),
    purchase: fc.nat(),
    amount: fc.integer({ min: 1, max: 20_000 }),
  }),
  fc.record({ kind: fc.constant('spend' as const), points: fc.integer({ min: 1, max: 150 }) }),
);

let run = 0;

describe('refunds and the ledger', () => {
  it('keep the ledger sound and the clawbacks within floor(P × R / A) over any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 15 }), async (steps) => {
        run++;
        const customer = await makeCustomer(t.db);
        await givePoints(t.db, customer.id, 20);
        const purchases: string[] = [];
        for (const [i, s] of steps.entries()) {
          if (s.kind === 'buy') {
            const externalId = `P-${run}-${i}`;
            await recordPurchase(t.db, {
              shopId,
              channel: 'STORE',
              externalId,
              customer,
              amount: s.amount,
              currency: 'EUR',
              occurredAt: new Date(),
            }).then(({ body }) => body);
            purchases.push(externalId);
          } else if (s.kind === 'refund' && purchases.length) {
            const purchaseExternalId = purchases[s.purchase % purchases.length]!;
            await t.db
              .$transaction((tx) =>
                refundPurchase(tx, {
                  shopId,
                  purchaseExternalId,
                  refund: { externalId: `R-${i}`, amount: s.amount },
                  channel: 'STORE',
                }),
              )
              .catch((error: unknown) => {
                if (!(error instanceof AppError && error.code === 'refund_exceeds_purchase'))
                  throw error;
              });
          } else if (s.kind === 'spend') {
            await t.db
              .$transaction((tx) =>
                recordMovement(tx, {
                  customerId: customer.id,
                  type: 'REDEEM',
                  channel: 'STORE',
                  points: -s.points,
                  source: { type: 'TEST' },
                }),
              )
              .catch((error: unknown) => {
                if (!(error instanceof AppError && error.code === 'insufficient_points'))
                  throw error;
              });
          }
        }
        const rows = await t.db.purchase.findMany({
          where: { customerId: customer.id },
          select: {
            amount: true,
            pointsEarned: true,
            refundedAmount: true,
            pointsClawedBack: true,
            refunds: { select: { pointsClawedBack: true } },
          },
        });
        for (const row of rows) {
          const clawed = row.refunds.reduce((sum, r) => sum + r.pointsClawedBack, 0);
          expect(row.pointsClawedBack).toBe(clawed);
          expect(clawed).toBeLessThanOrEqual(pointsOwedAfter(row, row.refundedAmount));
          expect(row.refundedAmount).toBeLessThanOrEqual(row.amount);
        }
        expect(await ledgerViolations(t.db)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
