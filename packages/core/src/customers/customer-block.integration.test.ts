import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPurchase } from '../purchases/index.ts';
import { claimReward, redeemCode, validateCode } from '../rewards/index.ts';
import { openSession } from '../sessions/auth-session.ts';
import {
  givePoints,
  makeCustomer,
  makeReward,
  makeShop,
  makeStaffUser,
  refusal,
} from '../testing/index.ts';
import { setCustomerBlocked } from './customer-block.ts';
import { findCustomer } from './customer.ts';
import { getCustomerProfile } from './customer-profile.ts';

let t: TestDatabase;
let staffUserId: string;
let shopId: string;
let purchases = 0;

const setBlocked = (customerId: string, reason: string | null) =>
  t.db.$transaction((tx) =>
    setCustomerBlocked(tx, {
      customerId,
      block: reason === null ? null : { reason },
      staffUserId,
    }),
  );

const use = (code: string) => ({
  code,
  basketAmount: 5_000,
  currency: 'EUR',
  channel: 'STORE' as const,
  shopId,
});

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'SUPPORT' })).id;
  shopId = (await makeShop(t.db)).id;
});
afterAll(() => t.drop());

describe('blocking an account', () => {
  it('signs her out, keeps tills finding her but spends nothing of hers, and is undone by unblocking', async () => {
    const camille = await makeCustomer(t.db);
    await givePoints(t.db, camille.id, 1_000);
    const reward = await makeReward(t.db, { pointsCost: 300 });
    const { body: code } = await claimReward(t.db, {
      customerId: camille.id,
      rewardId: reward.id,
      channel: 'APP',
      actor: { type: 'CUSTOMER' },
    });
    await openSession(t.db, { customerId: camille.id }, new Date(Date.now() + 3_600_000));

    expect(await setBlocked(camille.id, 'Card shared on a forum')).toEqual({
      blocked: true,
      changed: true,
    });
    expect(await t.db.authSession.count({ where: { customerId: camille.id } })).toBe(0);
    expect(await getCustomerProfile(t.db, camille.id)).toMatchObject({
      blockedReason: 'Card shared on a forum',
      blockedBy: { name: expect.any(String) },
    });
    expect(await findCustomer(t.db, { id: camille.id })).toMatchObject({ blocked: true });

    // Nothing of hers is spent: her code, her points.
    expect(await refusal(redeemCode(t.db, use(code.code)))).toBe('customer_blocked');
    expect(await validateCode(t.db, use(code.code))).toMatchObject({
      valid: false,
      reason: 'customer_blocked',
    });
    expect(
      await refusal(
        claimReward(t.db, {
          customerId: camille.id,
          rewardId: reward.id,
          channel: 'STORE',
          shopId,
          actor: { type: 'API_KEY' },
        }),
      ),
    ).toBe('customer_blocked');
    // Her purchases are still hers, and still earn.
    const bought = await recordPurchase(t.db, {
      shopId,
      channel: 'STORE',
      externalId: `B-${++purchases}`,
      customer: { id: camille.id },
      amount: 4_000,
      currency: 'EUR',
      occurredAt: new Date(),
    });
    expect(bought.status).toBe(201);

    // Blocked again: nothing changes, nothing more is audited.
    expect(await setBlocked(camille.id, 'Again')).toEqual({ blocked: true, changed: false });
    expect(await setBlocked(camille.id, null)).toEqual({ blocked: false, changed: true });
    expect(await findCustomer(t.db, { id: camille.id })).toMatchObject({ blocked: false });
    expect(
      await t.db.auditLog.findMany({
        where: { targetId: camille.id, action: { in: ['customer.block', 'customer.unblock'] } },
        orderBy: { createdAt: 'asc' },
        select: { action: true, data: true },
      }),
    ).toEqual([
      { action: 'customer.block', data: { reason: 'Card shared on a forum' } },
      { action: 'customer.unblock', data: null },
    ]);
    const redeemed = await redeemCode(t.db, use(code.code));
    expect(redeemed.status).toBe(201);
  });

  it('does not know a customer who is not there', async () => {
    expect(await refusal(setBlocked('00000000-0000-4000-8000-000000000000', 'Fraud'))).toBe(
      'customer_not_found',
    );
  });
});
