import { Prisma } from '@fidele/db';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCustomerSummary } from '../customers/index.ts';
import { adjustPoints, expirePoints, recordMovement } from '../ledger/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import {
  qualifyingFigureOf,
  qualifyingFigures,
  qualifyingParts,
  type TierSettings,
} from './qualifying.ts';

// Every customer's qualifying figure, as the review and the segments read it (grouped joins over
// all customers), against each customer's own (the tills, the portal) and against the rule read
// straight from the rows: qualifying movements less refunds' write-offs, or purchases less their
// refunds, inside the window.

let t: TestDatabase;
let shopId: string;
let staffUserId: string;
let purchaseNo = 0;
const customers: string[] = [];
/** Instants around the two rounds of activity: the windows below end at each of them. */
const at: Record<'before' | 'between' | 'after', Date> = {
  before: new Date(),
  between: new Date(),
  after: new Date(),
};
const DAY = 86_400_000;
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

const buy = async (customerId: string, euros: number, daysAgo = 0) => {
  const externalId = `Q-${++purchaseNo}`;
  await recordPurchase(t.db, {
    shopId,
    channel: 'STORE',
    externalId,
    customer: await getCustomerSummary(t.db, customerId),
    amount: euros * 100,
    currency: 'EUR',
    occurredAt: new Date(Date.now() - daysAgo * DAY),
  });
  return externalId;
};

const refund = (externalId: string, euros: number) =>
  t.db.$transaction((tx) =>
    refundPurchase(tx, {
      shopId,
      purchaseExternalId: externalId,
      refund: { externalId: `R-${externalId}-${euros}`, amount: euros * 100 },
      channel: 'STORE',
    }),
  );

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

const adjust = (customerId: string, points: number, qualifying: boolean) =>
  t.db.$transaction((tx) =>
    adjustPoints(tx, {
      customerId,
      points,
      customerReason: 'Goodwill',
      staffUserId,
      qualifying,
    }),
  );

let spentPurchase = '';

/**
 * Two rounds of purchases, refunds, adjustments and redemptions. The second round refunds a
 * purchase of the first whose points were spent: what it cannot take back is written off. A
 * qualifying debit leaves one customer with a figure below zero.
 */
const activity = async (round: 1 | 2) => {
  const [plain, refunded, writtenOff, adjusted, spender, debited] = customers;
  await buy(plain!, 40 + round, 400);
  const partly = await buy(refunded!, 120);
  await refund(partly, 30);
  if (round === 1) {
    spentPurchase = await buy(writtenOff!, 80);
    await spend(writtenOff!, 70);
  } else await refund(spentPurchase, 80);
  await adjust(adjusted!, 25, true);
  await adjust(adjusted!, 500, false);
  await adjust(adjusted!, -10, true);
  await buy(spender!, 60, 20);
  await spend(spender!, 20);
  await adjust(debited!, 50, false);
  await adjust(debited!, -30, true);
};

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
  staffUserId = (await makeStaffUser(t.db, { role: 'OWNER' })).id;
  for (let i = 0; i < 7; i++) customers.push((await makeCustomer(t.db)).id);
  at.before = new Date();
  await tick();
  await activity(1);
  await tick();
  at.between = new Date();
  await tick();
  await activity(2);
  // Points earned a year ago expire: EXPIRE movements, which do not count towards the tier.
  await expirePoints(t.db, new Date(Date.now() + 400 * DAY));
  await tick();
  at.after = new Date();
});
afterAll(() => t.drop());

/** The rule, read straight from the rows. */
const expectedFigures = async (settings: TierSettings, now: Date) => {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - settings.tierWindowMonths);
  const inWindow = (date: Date) => date > since && date <= now;
  const figures = new Map(customers.map((id) => [id, 0]));
  const add = (id: string | null, value: number) => {
    if (id && figures.has(id)) figures.set(id, figures.get(id)! + value);
  };
  if (settings.tierMetric === 'POINTS_EARNED') {
    for (const m of await t.db.movement.findMany({ where: { qualifying: true } }))
      if (inWindow(m.createdAt)) add(m.customerId, m.points);
    for (const r of await t.db.refund.findMany({ include: { purchase: true } }))
      if (inWindow(r.createdAt)) add(r.purchase.customerId, -r.pointsWrittenOff);
  } else {
    for (const p of await t.db.purchase.findMany())
      if (inWindow(p.occurredAt)) add(p.customerId, p.amount - p.refundedAmount);
  }
  return Object.fromEntries(figures);
};

const everyCustomersFigure = async (settings: TierSettings, now: Date) => {
  const { joins, value } = qualifyingFigures(settings, now, Prisma.sql`c.id`);
  const rows = await t.db.$queryRaw<{ id: string; figure: number }[]>`
    SELECT c.id, ${value} AS figure FROM "Customer" c ${joins}
    WHERE c.id = ANY(${customers}::uuid[])`;
  return Object.fromEntries(rows.map((row) => [row.id, row.figure]));
};

const eachCustomersFigure = async (settings: TierSettings, now: Date) =>
  Object.fromEntries(
    await Promise.all(
      customers.map(async (id) => {
        const [row] = await t.db.$queryRaw<{ figure: number }[]>`
          SELECT ${qualifyingFigureOf(settings, now, id)} AS figure`;
        return [id, row!.figure] as const;
      }),
    ),
  );

describe('qualifying figures', () => {
  it('are tested on customers with figures above and below zero, written-off points, and none', async () => {
    const settings: TierSettings = {
      tierMetric: 'POINTS_EARNED',
      tierWindowMonths: 12,
      tierGraceDays: 30,
    };
    const figures = Object.values(await expectedFigures(settings, at.after));
    expect(figures.some((figure) => figure < 0)).toBe(true);
    expect(figures.some((figure) => figure > 0)).toBe(true);
    expect(figures.some((figure) => figure === 0)).toBe(true);
    expect(await t.db.refund.count({ where: { pointsWrittenOff: { gt: 0 } } })).toBe(1);
  });

  it.each([
    ['points earned', 'POINTS_EARNED', 12],
    ['points earned, over a month', 'POINTS_EARNED', 1],
    ['amount spent', 'AMOUNT_SPENT', 12],
    ['amount spent, over a month', 'AMOUNT_SPENT', 1],
  ] as const)(
    'are the same for every customer at once and for each alone: %s',
    async (_, tierMetric, tierWindowMonths) => {
      const settings: TierSettings = { tierMetric, tierWindowMonths, tierGraceDays: 30 };
      for (const now of [
        at.before,
        at.between,
        at.after,
        new Date(at.after.getTime() + 40 * DAY),
      ]) {
        const expected = await expectedFigures(settings, now);
        expect(await everyCustomersFigure(settings, now)).toEqual(expected);
        expect(await eachCustomersFigure(settings, now)).toEqual(expected);
      }
    },
  );

  it.each([
    ['points earned', 'POINTS_EARNED'],
    ['amount spent', 'AMOUNT_SPENT'],
  ] as const)(
    'come in parts that add up to them, each leaving the window when the figure says: %s',
    async (_, tierMetric) => {
      const settings: TierSettings = { tierMetric, tierWindowMonths: 12, tierGraceDays: 30 };
      const expected = await expectedFigures(settings, at.after);
      for (const id of customers) {
        const parts = await qualifyingParts(t.db, settings, id, at.after);
        const sum = (from: Date) =>
          parts.reduce((total, part) => total + (part.leavesAt > from ? part.value : 0), 0);
        expect(sum(at.after)).toBe(expected[id]);
        // Nothing happens after `at.after`: at the instant a part leaves, the figure is what
        // the later parts add up to.
        for (const { leavesAt } of parts) {
          const [row] = await t.db.$queryRaw<{ figure: number }[]>`
            SELECT ${qualifyingFigureOf(settings, leavesAt, id)} AS figure`;
          expect(row!.figure).toBe(sum(leavesAt));
        }
      }
    },
  );
});
