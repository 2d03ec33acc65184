import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givePoints, ledgerViolations, makeCustomer, makeShop } from '../testing/index.ts';
import {
  cancelCode,
  claimReward,
  createReward,
  getCodeLife,
  listCatalogFor,
  listCodesOf,
  listRedemptions,
  listRewardsForAdmin,
  redeemCode,
  rollbackRedemption,
  setRewardArchived,
  updateReward,
  validateCode,
} from './index.ts';

let t: TestDatabase;
const staffUserId = randomUUID();
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const data = {
  nameEn: '5 € off',
  nameFr: '5 € offerts',
  pointsCost: 80,
  discountType: 'FIXED_AMOUNT' as const,
  discountValue: 500,
  channels: 'BOTH' as const,
  validityDays: 10,
};

describe('catalog management', () => {
  it('creates, edits and archives rewards with an audit entry each', async () => {
    const { id } = await t.db.$transaction((tx) => createReward(tx, { data, staffUserId }));
    await t.db.$transaction((tx) =>
      updateReward(tx, { id, data: { ...data, pointsCost: 90 }, staffUserId }),
    );
    await t.db.$transaction((tx) => setRewardArchived(tx, { id, archived: true, staffUserId }));
    const audit = await t.db.auditLog.findMany({ where: { targetId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'reward.create',
      'reward.update',
      'reward.archive',
    ]);
    expect(
      (await listRewardsForAdmin(t.db, { includeArchived: false })).map((r) => r.id),
    ).not.toContain(id);
    expect(
      (await listRewardsForAdmin(t.db, { includeArchived: true })).find((r) => r.id === id)
        ?.pointsCost,
    ).toBe(90);
  });

  it('keeps the terms a code was issued with when the reward changes', async () => {
    const customer = await makeCustomer(t.db);
    await givePoints(t.db, customer.id, 200);
    const { id } = await t.db.$transaction((tx) => createReward(tx, { data, staffUserId }));
    await claimReward(t.db, {
      customerId: customer.id,
      rewardId: id,
      channel: 'APP',
      actor: { type: 'CUSTOMER', id: customer.id },
    }).then(({ body }) => body);
    await t.db.$transaction((tx) =>
      updateReward(tx, { id, data: { ...data, discountValue: 2_000 }, staffUserId }),
    );
    const [code] = await listCodesOf(t.db, { customerId: customer.id, view: 'active' });
    expect(code?.discount).toMatchObject({ type: 'FIXED_AMOUNT', amount: 500 });
  });
});

describe('a code’s life', () => {
  it('records issue, validation, redemption, rollback and cancellation, and refunds on cancel', async () => {
    const shop = await makeShop(t.db, { name: 'Lyon' });
    const customer = await makeCustomer(t.db);
    await givePoints(t.db, customer.id, 100);
    const { id: rewardId } = await t.db.$transaction((tx) =>
      createReward(tx, { data, staffUserId }),
    );
    const issued = await claimReward(t.db, {
      customerId: customer.id,
      rewardId,
      channel: 'APP',
      actor: { type: 'CUSTOMER', id: customer.id },
    }).then(({ body }) => body);
    const catalog = await listCatalogFor(t.db, { customerId: customer.id });
    expect(catalog.find((r) => r.id === rewardId)?.pointsMissing).toBe(60);

    const use = {
      code: issued.code,
      basketAmount: 3_000,
      currency: 'EUR',
      channel: 'STORE' as const,
      shopId: shop.id,
    };
    expect(await validateCode(t.db, use)).toMatchObject({
      valid: true,
      discount: { amountOff: 500 },
    });
    const { redemption } = (await redeemCode(t.db, use)).body;
    await rollbackRedemption(t.db, { redemptionId: redemption.id, shopId: shop.id });
    const cancelled = await t.db.$transaction((tx) =>
      cancelCode(tx, { codeId: issued.id, reason: 'Customer changed her mind', staffUserId }),
    );
    expect(cancelled).toMatchObject({ pointsRefunded: 80, balance: 100 });

    const life = await getCodeLife(t.db, { code: issued.code.toLowerCase() });
    expect(life.status).toBe('CANCELLED');
    expect(life.events.map((e) => e.type)).toEqual([
      'ISSUED',
      'VALIDATED',
      'REDEEMED',
      'ROLLED_BACK',
      'CANCELLED',
    ]);
    expect(life.events.find((e) => e.type === 'REDEEMED')?.shopName).toBe('Lyon');
    expect(life.redemptions).toMatchObject([{ status: 'ROLLED_BACK', shop: { name: 'Lyon' } }]);
    expect((await listRedemptions(t.db, { shopId: shop.id, page: 1, pageSize: 10 })).total).toBe(1);

    await expect(
      t.db.$transaction((tx) =>
        cancelCode(tx, { codeId: issued.id, reason: 'again', staffUserId }),
      ),
    ).rejects.toMatchObject({ code: 'code_not_active' });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });
});
