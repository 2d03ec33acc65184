import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signUpCustomer } from '../customers/index.ts';
import { AppError } from '../errors.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { ledgerViolations, makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import { decideReferral } from './referral-admin.ts';
import { getMemberReferrals } from './member-referrals.ts';
import { FRIEND_SOURCE, REFERRER_SOURCE, settleReferrals } from './referral-rewards.ts';

let t: TestDatabase;
let store: string;
let eshop: string;
let staffId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  store = (await makeShop(t.db, { kind: 'STORE' })).id;
  eshop = (await makeShop(t.db, { kind: 'ESHOP' })).id;
  staffId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  await t.db.earnRule.createMany({
    data: [
      { kind: 'BASE_RATE', name: 'One point per euro', rate: 100 },
      {
        kind: 'REFERRAL_BONUS',
        name: 'Refer a friend',
        points: 200,
        friendPoints: 100,
        minAmount: 3_000,
      },
    ],
  });
});
afterAll(() => t.drop());

const pendingDays = (days: number) =>
  t.db.programmeSettings.update({ where: { id: 1 }, data: { pendingDays: days } });
beforeEach(() => pendingDays(0));

let serial = 0;
const email = (name: string) => `${name}-${++serial}@example.com`;

const referrer = () => makeCustomer(t.db, { firstName: 'Camille', lastName: 'Martin' });
const codeOf = async (customerId: string) =>
  (await t.db.customer.findUniqueOrThrow({ where: { id: customerId } })).referralCode;

/** A friend who signs up on the portal through the referrer's link. */
const friendOf = async (referrerId: string, overrides: { email?: string; device?: string } = {}) =>
  signUpCustomer(t.db, {
    email: overrides.email ?? email('friend'),
    passwordHash: 'x',
    firstName: 'Léa',
    lastName: 'Roux',
    locale: 'en',
    referral: { code: await codeOf(referrerId), via: 'LINK', device: overrides.device },
  });

const buy = (customerId: string, amount: number, shopId = store) =>
  recordPurchase(t.db, {
    shopId,
    channel: shopId === store ? 'STORE' : 'ESHOP',
    externalId: `P-${++serial}`,
    customer: { id: customerId },
    amount,
    currency: 'EUR',
    occurredAt: new Date(),
  });

const referralOf = (friendId: string) => t.db.referral.findUniqueOrThrow({ where: { friendId } });
const balanceOf = async (customerId: string) =>
  (await t.db.account.findUniqueOrThrow({ where: { customerId } })).balance;
const movementsOf = (referralId: string) =>
  t.db.movement.findMany({
    where: { sourceId: referralId, sourceType: { in: [FRIEND_SOURCE, REFERRER_SOURCE] } },
    select: { customerId: true, type: true, points: true, channel: true },
  });

describe('attribution', () => {
  it('counts a friend who came through the link as a referral, pending her first purchase', async () => {
    const camille = await referrer();
    const lea = await friendOf(camille.id);
    expect(await referralOf(lea.id)).toMatchObject({
      referrerId: camille.id,
      via: 'LINK',
      status: 'PENDING',
      holds: [],
    });
    expect((await t.db.customer.findUniqueOrThrow({ where: { id: lea.id } })).signUpSource).toBe(
      'REFERRAL',
    );
  });

  it('refuses a code nobody has, and saves nothing', async () => {
    const address = email('nobody');
    await expect(
      signUpCustomer(t.db, {
        email: address,
        passwordHash: 'x',
        firstName: 'Zoé',
        locale: 'en',
        referral: { code: 'ZZZZZZZZ', via: 'CODE' },
      }),
    ).rejects.toMatchObject({ code: 'referral_code_unknown' });
    expect(await t.db.customer.count({ where: { email: address } })).toBe(0);
  });

  it('holds the referrer under another spelling of her mailbox, and a friend on her device', async () => {
    const camille = await makeCustomer(t.db, { email: `camille.${++serial}@example.com` });
    await getMemberReferrals(t.db, camille.id, { device: `device-${serial}` });
    const self = await friendOf(camille.id, { email: `camille${serial}+2@example.com` });
    expect(await referralOf(self.id)).toMatchObject({ status: 'HELD', holds: ['SAME_EMAIL'] });
    const sameDevice = await friendOf(camille.id, { device: `device-${serial}` });
    expect(await referralOf(sameDevice.id)).toMatchObject({
      status: 'HELD',
      holds: ['SAME_DEVICE'],
    });
  });

  it('holds the friends beyond the week’s allowance, even when they join at once', async () => {
    await t.db.programmeSettings.update({ where: { id: 1 }, data: { referralsPerWeek: 2 } });
    try {
      const camille = await referrer();
      const friends = await Promise.all([1, 2, 3, 4].map(() => friendOf(camille.id)));
      const referrals = await Promise.all(friends.map((friend) => referralOf(friend.id)));
      expect(referrals.filter((referral) => referral.status === 'PENDING')).toHaveLength(2);
      expect(referrals.filter((referral) => referral.holds.includes('WEEKLY_LIMIT'))).toHaveLength(
        2,
      );
    } finally {
      await t.db.programmeSettings.update({ where: { id: 1 }, data: { referralsPerWeek: 5 } });
    }
  });
});

describe('rewards', () => {
  it('pays both once, under first purchases on two channels at once and jobs run twice at once', async () => {
    const camille = await referrer();
    const lea = await friendOf(camille.id);
    const before = { camille: await balanceOf(camille.id), lea: await balanceOf(lea.id) };
    await Promise.all([buy(lea.id, 4_000, store), buy(lea.id, 5_000, eshop)]);
    const qualified = await referralOf(lea.id);
    expect(qualified).toMatchObject({
      status: 'QUALIFIED',
      referrerPoints: 200,
      friendPoints: 100,
    });
    expect(qualified.purchaseId).not.toBeNull();

    const runs = await Promise.all([
      settleReferrals(t.db, new Date()),
      settleReferrals(t.db, new Date()),
    ]);
    expect(runs.reduce((sum, run) => sum + run.rewarded, 0)).toBe(1);
    expect(await settleReferrals(t.db, new Date())).toEqual({ rewarded: 0, reversed: 0 });
    expect(await movementsOf(qualified.id)).toEqual(
      expect.arrayContaining([
        { customerId: lea.id, type: 'EARN', points: 100, channel: 'REFERRAL' },
        { customerId: camille.id, type: 'EARN', points: 200, channel: 'REFERRAL' },
      ]),
    );
    expect(await movementsOf(qualified.id)).toHaveLength(2);
    expect(await balanceOf(camille.id)).toBe(before.camille + 200);
    expect(await balanceOf(lea.id)).toBe(before.lea + 40 + 50 + 100);
    expect((await getMemberReferrals(t.db, camille.id)).friends).toEqual([
      expect.objectContaining({
        firstName: 'Léa',
        lastInitial: 'R',
        progress: 'REWARDED',
        points: 200,
      }),
    ]);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('leaves a purchase below the minimum to the next one', async () => {
    const camille = await referrer();
    const lea = await friendOf(camille.id);
    await buy(lea.id, 2_999);
    expect((await referralOf(lea.id)).status).toBe('PENDING');
    await buy(lea.id, 3_000);
    expect((await referralOf(lea.id)).status).toBe('QUALIFIED');
  });

  it('reverses both once when the qualifying purchase is refunded', async () => {
    const camille = await referrer();
    const lea = await friendOf(camille.id);
    const { body } = await buy(lea.id, 4_000);
    await settleReferrals(t.db, new Date());
    const paid = { camille: await balanceOf(camille.id), lea: await balanceOf(lea.id) };
    // A partial refund that keeps 30 € leaves the referral; the next one takes it below.
    const refund = (externalId: string, amount: number) =>
      refundPurchase(t.db, {
        shopId: store,
        purchaseExternalId: body.purchase.externalId,
        refund: { externalId, amount },
        channel: 'STORE',
      });
    await refund('R-1', 1_000);
    expect((await referralOf(lea.id)).purchaseRefundedAt).toBeNull();
    await refund('R-2', 1_000);
    const runs = await Promise.all([
      settleReferrals(t.db, new Date()),
      settleReferrals(t.db, new Date()),
    ]);
    expect(runs.reduce((sum, run) => sum + run.reversed, 0)).toBe(1);
    const referral = await referralOf(lea.id);
    expect(referral.status).toBe('REVERSED');
    expect((await movementsOf(referral.id)).filter((m) => m.type === 'REVERSAL')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ customerId: lea.id, points: -100 }),
        expect.objectContaining({ customerId: camille.id, points: -200 }),
      ]),
    );
    expect(await balanceOf(camille.id)).toBe(paid.camille - 200);
    // Lea lost the referral's 100 and the 20 points of the 20 € refunded.
    expect(await balanceOf(lea.id)).toBe(paid.lea - 100 - 20);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('waits for the pending period, and does not pay a purchase refunded meanwhile', async () => {
    await pendingDays(14);
    const camille = await referrer();
    const lea = await friendOf(camille.id);
    const { body } = await buy(lea.id, 4_000);
    expect(await settleReferrals(t.db, new Date())).toEqual({ rewarded: 0, reversed: 0 });
    expect((await getMemberReferrals(t.db, lea.id)).referredBy).toMatchObject({
      firstName: 'Camille',
      progress: 'ON_ITS_WAY',
      points: 100,
    });
    await refundPurchase(t.db, {
      shopId: store,
      purchaseExternalId: body.purchase.externalId,
      refund: { externalId: 'R-all', amount: 4_000 },
      channel: 'STORE',
    });
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect(await settleReferrals(t.db, later)).toEqual({ rewarded: 0, reversed: 1 });
    const referral = await referralOf(lea.id);
    expect(referral.status).toBe('REVERSED');
    expect(await movementsOf(referral.id)).toEqual([]);
  });
});

describe('review of held referrals', () => {
  const heldFriend = async () => {
    const camille = await makeCustomer(t.db, { email: `cam.${++serial}@example.com` });
    const self = await friendOf(camille.id, { email: `cam${serial}+x@example.com` });
    return { camille, self };
  };

  it('pays an approved referral whose purchase qualified while it was held', async () => {
    const { camille, self } = await heldFriend();
    await buy(self.id, 5_000);
    expect(await referralOf(self.id)).toMatchObject({ status: 'HELD' });
    expect((await settleReferrals(t.db, new Date())).rewarded).toBe(0);
    const { id } = await referralOf(self.id);
    await t.db.$transaction((tx) =>
      decideReferral(tx, { id, decision: 'APPROVE', staffUserId: staffId }),
    );
    expect((await referralOf(self.id)).status).toBe('QUALIFIED');
    await settleReferrals(t.db, new Date());
    expect((await referralOf(self.id)).status).toBe('REWARDED');
    expect((await movementsOf(id)).map((m) => m.customerId).sort()).toEqual(
      [camille.id, self.id].sort(),
    );
  });

  it('never pays a rejected one, and decides a referral only while it is held', async () => {
    const { self } = await heldFriend();
    const { id } = await referralOf(self.id);
    await t.db.$transaction((tx) =>
      decideReferral(tx, {
        id,
        decision: 'REJECT',
        reason: 'Her own account',
        staffUserId: staffId,
      }),
    );
    await buy(self.id, 5_000);
    expect(await referralOf(self.id)).toMatchObject({ status: 'REJECTED', purchaseId: null });
    const again = t.db.$transaction((tx) =>
      decideReferral(tx, { id, decision: 'APPROVE', staffUserId: staffId }),
    );
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({ code: 'referral_not_held' });
    expect(
      await t.db.auditLog.count({
        where: { targetType: 'referral', targetId: id, action: 'referral.reject' },
      }),
    ).toBe(1);
  });
});
