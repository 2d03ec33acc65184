import { claimReward, redeemCode } from '@fidele/core/rewards';
import { givePoints, makeCustomer, makeReward, makeShop } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();
const { as, staff } = bed;

const reward = {
  nameEn: '5 € off',
  nameFr: '5 € offerts',
  pointsCost: 80,
  discountType: 'FIXED_AMOUNT' as const,
  discountValue: 500,
  channels: 'BOTH' as const,
  validityDays: 30,
};

const auditActions = async (targetId: string) =>
  (await bed.db.auditLog.findMany({ where: { targetId }, orderBy: { id: 'asc' } })).map(
    (entry) => ({
      action: entry.action,
      actorId: entry.actorId,
    }),
  );

/** A customer holding one active code of `pointsCost` points, bought from their own balance. */
const customerWithCode = async (pointsCost: number) => {
  const customer = await makeCustomer(bed.db, { firstName: 'Camille' });
  await givePoints(bed.db, customer.id, pointsCost + 20);
  const { id: rewardId } = await makeReward(bed.db, { pointsCost });
  const code = await claimReward(bed.db, {
    customerId: customer.id,
    rewardId,
    channel: 'APP',
    actor: { type: 'CUSTOMER', id: customer.id },
  }).then(({ body }) => body);
  return { customerId: customer.id, code };
};

const balanceOf = async (customerId: string) =>
  (await bed.db.account.findUniqueOrThrow({ where: { customerId } })).balance;

describe('staff rewards', () => {
  it('lets MARKETING create, edit, archive and restore a reward, each audited', async () => {
    const marketing = as('MARKETING');
    const { id } = await marketing.rewards.create(reward);
    await marketing.rewards.update({ id, data: { ...reward, pointsCost: 90 } });
    await marketing.rewards.setArchived({ id, archived: true });

    expect((await marketing.rewards.list({})).map((r) => r.id)).not.toContain(id);
    const archived = (await marketing.rewards.list({ includeArchived: true })).find(
      (r) => r.id === id,
    );
    expect(archived).toMatchObject({ pointsCost: 90, issued: 0, redeemed: 0 });
    expect(archived?.archivedAt).toBeInstanceOf(Date);

    await marketing.rewards.setArchived({ id, archived: false });
    expect((await marketing.rewards.list({})).map((r) => r.id)).toContain(id);
    expect(await auditActions(id)).toEqual(
      ['reward.create', 'reward.update', 'reward.archive', 'reward.restore'].map((action) => ({
        action,
        actorId: staff.MARKETING,
      })),
    );
  });

  it('refuses SUPPORT and STORE_MANAGER a change to the catalog, but lets them read it', async () => {
    const before = await bed.db.reward.count();
    expect((await rejection(as('SUPPORT').rewards.create(reward))).code).toBe('FORBIDDEN');
    expect((await rejection(as('STORE_MANAGER').rewards.create(reward))).code).toBe('FORBIDDEN');
    expect(await bed.db.reward.count()).toBe(before);
    await expect(as('SUPPORT').rewards.list({})).resolves.toEqual(expect.any(Array));
    await expect(as('STORE_MANAGER').rewards.tiers()).resolves.toEqual([
      expect.objectContaining({ code: expect.any(String), name: expect.any(String) }),
    ]);
  });

  it.each([
    { change: { discountType: 'PERCENTAGE' as const, discountValue: 150 }, field: 'discountValue' },
    {
      change: {
        discountType: 'FREE_SHIPPING' as const,
        discountValue: 0,
        channels: 'STORE' as const,
      },
      field: 'channels',
    },
    { change: { validityDays: null, validUntil: null }, field: 'validityDays' },
  ])('refuses a bad reward as BAD_REQUEST naming $field', async ({ change, field }) => {
    const before = await bed.db.reward.count();
    const error = await rejection(as('MARKETING').rewards.create({ ...reward, ...change }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(await bed.db.reward.count()).toBe(before);
  });
});

describe('staff codes', () => {
  it('finds a code however it is typed, for every role', async () => {
    const { customerId, code } = await customerWithCode(100);
    const typed = code.code.toLowerCase().replace(/(.{4})/g, '$1-');
    const life = await as('STORE_MANAGER').codes.find({ code: typed });
    expect(life).toMatchObject({
      id: code.id,
      status: 'ACTIVE',
      customer: { id: customerId },
      events: [expect.objectContaining({ type: 'ISSUED' })],
    });
    const active = await as('SUPPORT').codes.ofCustomer({ customerId, view: 'active' });
    expect(active.map((c) => c.id)).toEqual([code.id]);
    expect((await rejection(as('SUPPORT').codes.find({ code: 'ZZZZZZZZZZZZZZ' }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('lets SUPPORT cancel an active code: points back, an event and an audit entry', async () => {
    const { customerId, code } = await customerWithCode(100);
    expect(await balanceOf(customerId)).toBe(20);

    const result = await as('SUPPORT').codes.cancel({
      codeId: code.id,
      reason: 'Claimed by mistake',
    });
    expect(result).toMatchObject({ pointsRefunded: 100, balance: 120 });
    expect(await balanceOf(customerId)).toBe(120);

    const life = await as('SUPPORT').codes.find({ code: code.code });
    expect(life.status).toBe('CANCELLED');
    expect(life.events.map((e) => e.type)).toEqual(['ISSUED', 'CANCELLED']);
    expect(life.events[1]).toMatchObject({
      actorType: 'STAFF',
      actorId: staff.SUPPORT,
      detail: { reason: 'Claimed by mistake', pointsRefunded: 100 },
    });
    const audit = await as('SUPPORT').audit.list({
      target: { type: 'customer', id: customerId },
      action: 'code.cancel',
    });
    expect(audit.items).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: staff.SUPPORT }),
        data: { code: code.code, reason: 'Claimed by mistake', pointsRefunded: 100 },
      }),
    ]);
    const history = await as('SUPPORT').codes.ofCustomer({ customerId, view: 'history' });
    expect(history.map((c) => c.status)).toEqual(['CANCELLED']);

    const again = await rejection(
      as('SUPPORT').codes.cancel({ codeId: code.id, reason: 'Twice by mistake' }),
    );
    expect(again.code).toBe('CONFLICT');
    expect(again.cause?.code).toBe('code_not_active');
    expect(await balanceOf(customerId)).toBe(120);
  });

  it('refuses the cancellation to MARKETING, and a missing reason to anyone', async () => {
    const { customerId, code } = await customerWithCode(50);
    const forbidden = await rejection(
      as('MARKETING').codes.cancel({ codeId: code.id, reason: 'Not mine to cancel' }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const noReason = await rejection(as('OWNER').codes.cancel({ codeId: code.id, reason: ' ' }));
    expect(noReason.code).toBe('BAD_REQUEST');
    expect(noReason.message).toMatch(/^reason: /);
    expect(await balanceOf(customerId)).toBe(20);
  });
});

describe('staff redemptions', () => {
  it('shows every shop to SUPPORT and only their own shop to a store manager', async () => {
    const [own, other] = [await makeShop(bed.db), await makeShop(bed.db)];
    await bed.db.staffUser.update({
      where: { id: staff.STORE_MANAGER },
      data: { shops: { connect: { id: own.id } } },
    });
    for (const shop of [own, other]) {
      const { code } = await customerWithCode(10);
      await redeemCode(bed.db, {
        code: code.code,
        basketAmount: 3_000,
        currency: 'EUR',
        channel: 'STORE',
        shopId: shop.id,
      });
    }

    const everyShop = await as('SUPPORT').redemptions.list({});
    expect(everyShop.total).toBe(2);
    expect((await as('SUPPORT').redemptions.list({ shopId: other.id })).rows).toEqual([
      expect.objectContaining({ shop: { id: other.id, name: other.name }, amountOff: 1_000 }),
    ]);
    expect((await as('SUPPORT').redemptions.shops()).all).toBe(true);

    const mine = await as('STORE_MANAGER').redemptions.list({});
    expect(mine).toMatchObject({ total: 1, shopId: own.id });
    expect(mine.rows[0]?.shop.id).toBe(own.id);
    expect(await as('STORE_MANAGER').redemptions.shops()).toEqual({
      all: false,
      shops: [{ id: own.id, name: own.name, kind: 'STORE' }],
    });
    const elsewhere = await rejection(as('STORE_MANAGER').redemptions.list({ shopId: other.id }));
    expect(elsewhere.code).toBe('FORBIDDEN');
  });
});
