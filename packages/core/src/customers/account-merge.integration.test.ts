import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMovements } from '../ledger/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { claimReward } from '../rewards/index.ts';
import { openSession } from '../sessions/auth-session.ts';
import {
  givePoints,
  ledgerViolations,
  makeCustomer,
  makeReward,
  makeShop,
  makeStaffUser,
  refusal,
} from '../testing/index.ts';
import { getProgrammeSettings } from '../earning/index.ts';
import { exportCustomerData } from '../privacy/data-export.ts';
import { qualifyingFigure } from '../tiers/qualifying.ts';
import { getTierStatus } from '../tiers/tier-status.ts';
import { findMergeCandidate, mergeAccounts } from './account-merge.ts';
import { setConsents } from './consents.ts';
import { findCustomer } from './customer.ts';

let t: TestDatabase;
let staffUserId: string;
let shopId: string;
let purchases = 0;

const merge = (keptId: string, mergedId: string) =>
  t.db.$transaction((tx) => mergeAccounts(tx, { keptId, mergedId, staffUserId }));

const buy = (memberCode: string, amount: number) =>
  recordPurchase(t.db, {
    shopId,
    channel: 'STORE',
    externalId: `M-${++purchases}`,
    customer: { memberCode },
    amount,
    currency: 'EUR',
    occurredAt: new Date(),
  });

const lotsOf = (customerId: string) =>
  t.db.pointLot.findMany({
    where: { customerId, remaining: { gt: 0 } },
    select: { remaining: true, expiresAt: true, sourceType: true, sourceId: true },
    orderBy: { expiresAt: 'asc' },
  });

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'SUPPORT' })).id;
  shopId = (await makeShop(t.db)).id;
});
afterAll(() => t.drop());

describe('merging two accounts of one person', () => {
  it('moves her points with their lots, purchases, codes, phone and consents to the kept account, which tills find by either member code', async () => {
    const online = await makeCustomer(t.db, { firstName: 'Camille' });
    const phone = `+3361${String(Date.now()).slice(-7)}`;
    const till = await makeCustomer(t.db, { firstName: 'Camille', phone, signUpSource: 'SHOP' });
    await givePoints(t.db, online.id, 200);
    expect((await buy(till.memberCode, 12_000)).status).toBe(201);
    const reward = await makeReward(t.db, { pointsCost: 50 });
    await givePoints(t.db, till.id, 100);
    const { body: code } = await claimReward(t.db, {
      customerId: till.id,
      rewardId: reward.id,
      channel: 'APP',
      actor: { type: 'CUSTOMER' },
    });
    await t.db.$transaction((tx) =>
      setConsents(tx, { customerId: till.id, changes: { email: true }, source: 'TILL' }),
    );
    await openSession(t.db, { customerId: till.id }, new Date(Date.now() + 3_600_000));
    const tillBalance = (await findCustomer(t.db, { id: till.id })).pointsBalance;
    const tillLots = await lotsOf(till.id);
    const settings = await getProgrammeSettings(t.db);
    const figureBefore =
      (await qualifyingFigure(t.db, settings, online.id, new Date())) +
      (await qualifyingFigure(t.db, settings, till.id, new Date()));

    const merged = await merge(online.id, till.id);

    expect(merged).toMatchObject({
      points: { spendable: tillBalance, pending: 0, debt: 0 },
      purchases: 1,
      codes: 1,
    });
    // The till finds her by either member code, or the old email, with the summed balance.
    for (const named of [
      { memberCode: till.memberCode },
      { memberCode: online.memberCode },
      { email: till.email },
    ])
      expect(await findCustomer(t.db, named)).toMatchObject({
        id: online.id,
        memberCode: online.memberCode,
        pointsBalance: 200 + tillBalance,
      });
    expect(await findCustomer(t.db, { id: till.id })).toMatchObject({ pointsBalance: 0 });
    // Her lots keep their dates and what earned them.
    const keptLots = await lotsOf(online.id);
    expect(keptLots).toEqual(expect.arrayContaining(tillLots));
    expect(keptLots).toHaveLength(tillLots.length + 1);
    expect(await lotsOf(till.id)).toEqual([]);
    expect(await ledgerViolations(t.db)).toEqual([]);
    // Through a pair of movements, never rewritten rows.
    // Her history reads both accounts: the former one's lines say so, without its balance.
    const history = await listMovements(t.db, { customerId: online.id });
    expect(history.slice(0, 2)).toMatchObject([
      {
        type: 'TRANSFER',
        points: -tillBalance,
        sourceType: 'MERGE_OUT',
        otherAccount: { memberCode: till.memberCode },
        balanceAfter: null,
      },
      {
        type: 'TRANSFER',
        points: tillBalance,
        sourceType: 'MERGE_IN',
        otherAccount: { memberCode: till.memberCode },
        balanceAfter: 200 + tillBalance,
      },
    ]);
    expect(history).toHaveLength(6);
    expect(history.map((item) => item.points).reduce((sum, points) => sum + points)).toBe(
      200 + tillBalance,
    );
    const [latest] = await listMovements(t.db, { customerId: online.id, take: 1 });
    expect(
      await listMovements(t.db, { customerId: online.id, take: 1, cursor: latest!.id }),
    ).toMatchObject([{ sourceType: 'MERGE_IN' }]);
    expect(await t.db.movement.count({ where: { customerId: till.id } })).toBe(4);
    expect(await t.db.discountCode.findUniqueOrThrow({ where: { id: code.id } })).toMatchObject({
      customerId: online.id,
    });
    expect(await t.db.customer.findUniqueOrThrow({ where: { id: online.id } })).toMatchObject({
      phone,
      emailConsentAt: expect.any(Date),
    });
    expect(await t.db.customer.findUniqueOrThrow({ where: { id: till.id } })).toMatchObject({
      mergedIntoId: online.id,
      phone: null,
      emailConsentAt: null,
    });
    expect(await t.db.authSession.count({ where: { customerId: till.id } })).toBe(0);
    // What the merged account earned still counts towards her tier.
    expect(await qualifyingFigure(t.db, settings, online.id, new Date())).toBe(figureBefore);
    expect(
      await t.db.auditLog.findFirst({
        where: { action: 'customer.merge', targetId: online.id },
        select: { data: true },
      }),
    ).toEqual({
      data: {
        mergedId: till.id,
        mergedMemberCode: till.memberCode,
        points: tillBalance,
        purchases: 1,
        codes: 1,
      },
    });

    // Her data download carries the merged account's data too.
    const exported = await exportCustomerData(t.db, online.id, { type: 'CUSTOMER', id: online.id });
    expect(exported.customer.memberCode).toBe(online.memberCode);
    expect(exported.mergedAccounts).toMatchObject([{ customer: { memberCode: till.memberCode } }]);
    expect(exported.mergedAccounts[0]!.movements).toHaveLength(4);

    // A refund of the till purchase takes its points back from the kept account.
    const refunded = await refundPurchase(t.db, {
      shopId,
      purchaseExternalId: `M-${purchases}`,
      refund: { externalId: 'R-1', amount: 12_000 },
      channel: 'STORE',
    });
    expect(refunded.status).toBe(201);
    const clawedBack = refunded.body.refund.pointsClawedBack;
    expect((await findCustomer(t.db, { id: online.id })).pointsBalance).toBe(
      200 + tillBalance - clawedBack,
    );
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('keeps the higher tier of the two', async () => {
    const top = await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'desc' } });
    const gold = await t.db.tier.create({
      data: { code: `MERGE-GOLD`, name: 'Gold', rank: top.rank + 1, threshold: 1_000_000 },
    });
    const kept = await makeCustomer(t.db);
    const other = await makeCustomer(t.db);
    await t.db.customer.update({ where: { id: other.id }, data: { tierId: gold.id } });

    await merge(kept.id, other.id);

    expect(await findCustomer(t.db, { id: kept.id })).toMatchObject({
      tier: { code: gold.code },
    });
    expect(
      await t.db.tierChange.findFirst({
        where: { customerId: kept.id },
        select: { reason: true, toTierId: true },
      }),
    ).toEqual({ reason: 'MERGED', toTierId: gold.id });
    // Her status shows it in her tier history, without celebrating a tier she already held.
    expect(await getTierStatus(t.db, kept.id)).toMatchObject({
      current: { id: gold.id },
      celebration: null,
      history: [{ reason: 'MERGED', to: { code: gold.code } }],
    });
  });

  it('refuses an account merged into itself, one already merged, and follows chains of merges', async () => {
    const first = await makeCustomer(t.db);
    const second = await makeCustomer(t.db);
    const third = await makeCustomer(t.db);
    expect(await refusal(merge(first.id, first.id))).toBe('merge_same_account');
    await merge(second.id, first.id);
    expect(await refusal(merge(third.id, first.id))).toBe('customer_merged');
    expect(
      await refusal(findMergeCandidate(t.db, { customerId: third.id, other: first.memberCode })),
    ).toBe('customer_merged');
    expect(
      await refusal(findMergeCandidate(t.db, { customerId: third.id, other: third.email })),
    ).toBe('merge_same_account');
    expect(
      await refusal(findMergeCandidate(t.db, { customerId: third.id, other: '000000000000' })),
    ).toBe('customer_not_found');
    expect(
      await findMergeCandidate(t.db, { customerId: third.id, other: second.memberCode }),
    ).toMatchObject({ id: second.id, purchases: 0 });

    await merge(third.id, second.id);

    expect(await findCustomer(t.db, { memberCode: first.memberCode })).toMatchObject({
      id: third.id,
    });
  });
});
