import { makeCustomer, makeShop } from '@fidele/core/testing';
import { type TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();
const { as, staff } = bed;

const issuePaths = (error: TRPCError) => {
  expect(error.cause).toBeInstanceOf(ZodError);
  return (error.cause as ZodError).issues.map((issue) => issue.path.join('.'));
};

const auditActions = async (targetId: string) =>
  (await bed.db.auditLog.findMany({ where: { targetId }, orderBy: { id: 'asc' } })).map(
    (entry) => entry.action,
  );

// A Wednesday in November 2026, midday in Paris.
const wednesday = new Date('2026-11-11T11:00:00Z');

describe('staff earn rules', () => {
  it('lets MARKETING create a promotion that the simulator then applies, audited', async () => {
    const shop = await makeShop(bed.db, { name: 'Paris Marais' });
    const marketing = as('MARKETING');
    const basket = {
      channel: 'STORE' as const,
      shopId: shop.id,
      amount: 4250,
      occurredAt: wednesday,
    };
    const before = await marketing.earnRules.simulate(basket);

    const { id } = await marketing.earnRules.create({
      kind: 'PROMOTION',
      name: 'Double Wednesdays',
      shopIds: [shop.id],
      multiplier: 200,
      weekdays: [3],
      startsAt: new Date('2026-11-01T00:00:00+01:00'),
      endsAt: new Date('2026-12-01T00:00:00+01:00'),
    });
    const after = await marketing.earnRules.simulate(basket);
    expect(after.points).toBe(before.points * 2);
    expect(after.lines).toContainEqual(
      expect.objectContaining({ step: 'PROMOTION', ruleId: id, points: before.points }),
    );
    expect(after.liveRules).toContainEqual(expect.objectContaining({ id, points: before.points }));

    // Not on a Thursday.
    const thursday = await marketing.earnRules.simulate({
      ...basket,
      occurredAt: new Date('2026-11-12T11:00:00Z'),
    });
    expect(thursday.points).toBe(before.points);

    await marketing.earnRules.update({
      id,
      data: { kind: 'PROMOTION', name: 'Triple Wednesdays', multiplier: 300, weekdays: [3] },
    });
    await marketing.earnRules.setArchived({ id, archived: true });
    expect((await marketing.earnRules.simulate(basket)).points).toBe(before.points);
    const listed = (await marketing.earnRules.list({})).find((rule) => rule.id === id);
    expect(listed).toMatchObject({ name: 'Triple Wednesdays', multiplier: 300, startsAt: null });
    expect(listed?.archivedAt).toBeInstanceOf(Date);
    await marketing.earnRules.setArchived({ id, archived: false });
    expect(await auditActions(id)).toEqual([
      'earn_rule.create',
      'earn_rule.update',
      'earn_rule.archive',
      'earn_rule.restore',
    ]);
  });

  it('refuses SUPPORT and STORE_MANAGER the rules, the simulator and the settings', async () => {
    const rule = { kind: 'DAILY_CAP' as const, name: 'Daily cap', points: 500 };
    for (const role of ['SUPPORT', 'STORE_MANAGER'] as const) {
      expect((await rejection(as(role).earnRules.create(rule))).code).toBe('FORBIDDEN');
      expect((await rejection(as(role).earnRules.list({}))).code).toBe('FORBIDDEN');
      expect(
        (
          await rejection(
            as(role).earnRules.simulate({ channel: 'ESHOP', amount: 100, occurredAt: wednesday }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      expect((await rejection(as(role).settings.get())).code).toBe('FORBIDDEN');
    }
    expect(await bed.db.earnRule.count({ where: { name: 'Daily cap' } })).toBe(0);
  });

  it.each([
    { rule: { kind: 'BASE_RATE' as const, rate: -5 }, field: 'rate' },
    { rule: { kind: 'BASE_RATE' as const }, field: 'rate' },
    { rule: { kind: 'PROMOTION' as const, multiplier: 100 }, field: 'multiplier' },
    { rule: { kind: 'PRODUCT_BONUS' as const, multiplier: 300 }, field: 'sku' },
    { rule: { kind: 'PRODUCT_BONUS' as const, sku: 'SHOE-1' }, field: 'multiplier' },
    { rule: { kind: 'PURCHASE_CAP' as const, points: 0 }, field: 'points' },
    { rule: { kind: 'DAILY_CAP' as const }, field: 'points' },
    {
      rule: {
        kind: 'DAILY_CAP' as const,
        points: 10,
        startsAt: new Date('2026-11-02'),
        endsAt: new Date('2026-11-01'),
      },
      field: 'endsAt',
    },
    { rule: { kind: 'DAILY_CAP' as const, points: 10, weekdays: [3, 3] }, field: 'weekdays' },
    { rule: { kind: 'DAILY_CAP' as const, points: 10, weekdays: [8] }, field: 'weekdays.0' },
  ])('refuses a $rule.kind rule with a bad $field, naming the field', async ({ rule, field }) => {
    const error = await rejection(as('OWNER').earnRules.create({ name: 'Bad', ...rule }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(issuePaths(error)).toContain(field);
  });
});

describe('programme settings', () => {
  it('reads and updates the settings, audited with before and after', async () => {
    const owner = as('OWNER');
    const before = await owner.settings.get();
    expect(before).toMatchObject({ pendingDays: 0, expiryMonths: 12, receiptClaimDays: 30 });
    await owner.settings.update({ pendingDays: 14, expiryMonths: 24, receiptClaimDays: 60 });
    expect(await as('MARKETING').settings.get()).toMatchObject({
      pendingDays: 14,
      expiryMonths: 24,
      receiptClaimDays: 60,
    });
    const audit = await bed.db.auditLog.findFirstOrThrow({
      where: { action: 'programme_settings.update' },
    });
    expect(audit).toMatchObject({ actorType: 'STAFF', actorId: staff.OWNER });
    expect(audit.data).toMatchObject({
      before: { pendingDays: 0 },
      after: { pendingDays: 14, expiryMonths: 24 },
    });
    const error = await rejection(
      owner.settings.update({ pendingDays: 400, expiryMonths: 0, receiptClaimDays: 30 }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(issuePaths(error)).toEqual(['pendingDays', 'expiryMonths']);
  });
});

describe('purchases list', () => {
  it('filters by channel, shop, customer, dates and refunds, sorts, and scopes store managers', async () => {
    const marais = await makeShop(bed.db, { name: 'Marais' });
    const eshop = await makeShop(bed.db, { kind: 'ESHOP', name: 'E-shop' });
    await bed.db.staffUser.update({
      where: { id: staff.STORE_MANAGER },
      data: { shops: { connect: { id: marais.id } } },
    });
    const ana = await makeCustomer(bed.db, { firstName: 'Ana', email: 'ana.list@example.com' });
    const purchase = (n: number, data: Record<string, unknown>) =>
      bed.db.purchase.create({
        data: {
          shopId: marais.id,
          channel: 'STORE',
          externalId: `R-${n}`,
          amount: n * 1000,
          currency: 'EUR',
          occurredAt: new Date(`2026-10-0${n}T10:00:00Z`),
          ...data,
        },
      });
    await purchase(1, { customerId: ana.id, pointsEarned: 10 });
    await purchase(2, { pointsEarned: 20, refundedAmount: 500, pointsClawedBack: 5 });
    await purchase(3, { shopId: eshop.id, channel: 'ESHOP', customerId: ana.id });

    const owner = as('OWNER');
    const receipts = async (input: Parameters<typeof owner.purchases.list>[0]) =>
      (await owner.purchases.list(input)).rows.map((row) => row.externalId);

    expect(await receipts({})).toEqual(['R-3', 'R-2', 'R-1']);
    expect(await receipts({ sort: 'amount', direction: 'asc' })).toEqual(['R-1', 'R-2', 'R-3']);
    expect(await receipts({ channel: 'ESHOP' })).toEqual(['R-3']);
    expect(await receipts({ shopId: marais.id })).toEqual(['R-2', 'R-1']);
    expect(await receipts({ customer: 'ana.list' })).toEqual(['R-3', 'R-1']);
    expect(await receipts({ refunded: true })).toEqual(['R-2']);
    expect(await receipts({ refunded: false })).toEqual(['R-3', 'R-1']);
    expect(
      await receipts({
        from: new Date('2026-10-02T00:00:00Z'),
        to: new Date('2026-10-03T00:00:00Z'),
      }),
    ).toEqual(['R-2']);
    const page = await owner.purchases.list({ pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 3, page: 2 });
    expect(page.rows[0]).toMatchObject({
      externalId: 'R-1',
      customer: { id: ana.id, firstName: 'Ana' },
      shop: { name: 'Marais' },
      pointsEarned: 10,
    });

    const manager = as('STORE_MANAGER');
    expect((await manager.purchases.list({})).rows.map((row) => row.externalId)).toEqual([
      'R-2',
      'R-1',
    ]);
    expect((await rejection(manager.purchases.list({ shopId: eshop.id }))).code).toBe('FORBIDDEN');
    await expect(as('SUPPORT').purchases.list({})).resolves.toMatchObject({ total: 3 });
  });
});
