import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import type { Channel } from '@fidele/db';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, programmeDay } from '../calendar/programme-days.ts';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { recordMovement } from '../ledger/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { claimReward, redeemCode } from '../rewards/index.ts';
import { givePoints, makeCustomer, makeReward, makeShop } from '../testing/index.ts';
import { type ActivityTotals, noActivity } from './activity-figures.ts';
import { rollUpActivity } from './activity-rollup.ts';
import { readChannelFlows } from './channel-flows.ts';
import { readDashboard } from './read-dashboard.ts';

const TZ = PROGRAMME_TIME_ZONE;
let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(() => t.drop());

const NOW = new Date();
const TODAY = programmeDay(NOW, TZ);

/** Moves every row written since `since` to `at`, as if it had happened then (the ledger refuses edits: triggers off). */
const backdate = (since: Date, at: Date) =>
  t.db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
    for (const table of [
      'Customer',
      'Movement',
      'LedgerEntry',
      'CodeEvent',
      'Redemption',
      'TierChange',
    ])
      await tx.$executeRawUnsafe(
        `UPDATE "${table}" SET "createdAt" = $1 WHERE "createdAt" >= $2`,
        at,
        since,
      );
  });

type Step =
  | { kind: 'join'; source: 'SHOP' | 'ESHOP' | 'ORGANIC' | 'REFERRAL'; ago: number }
  | { kind: 'buy'; who: number | null; eshop: boolean; amount: number; ago: number; refund: number }
  | { kind: 'adjust'; who: number; points: number; online: boolean; ago: number }
  | { kind: 'claim'; who: number; redeem: boolean; ago: number };

/** Up to 14 days back, at any minute (never in the future). */
const ago = fc.integer({ min: 0, max: 14 * 24 * 60 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('join' as const),
    source: fc.constantFrom(
      'SHOP' as const,
      'ESHOP' as const,
      'ORGANIC' as const,
      'REFERRAL' as const,
    ),
    ago,
  }),
  fc.record({
    kind: fc.constant('buy' as const),
    who: fc.option(fc.nat(), { nil: null }),
    eshop: fc.boolean(),
    amount: fc.integer({ min: 100, max: 20_000 }),
    ago,
    refund: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('adjust' as const),
    who: fc.nat(),
    points: fc.integer({ min: -50, max: 300 }),
    online: fc.boolean(),
    ago,
  }),
  fc.record({ kind: fc.constant('claim' as const), who: fc.nat(), redeem: fc.boolean(), ago }),
);

/** Plays `steps` through the domain's use cases, each moved back to its own minute. */
const play = async (steps: Step[]) => {
  const store = await makeShop(t.db, { kind: 'STORE', name: 'Lyon' });
  const eshop = await makeShop(t.db, { kind: 'ESHOP', name: 'E-shop' });
  await t.db.earnRule.create({
    data: { kind: 'BASE_RATE', name: 'One point per euro', rate: 100 },
  });
  const reward = await makeReward(t.db, { pointsCost: 20 });
  const customers: string[] = [];
  let receipt = 0;
  // In the order they happened: nobody spends before joining.
  for (const s of [...steps].sort((a, b) => b.ago - a.ago)) {
    const since = new Date();
    const at = new Date(NOW.getTime() - s.ago * 60_000);
    const someone = (who: number) => customers[who % customers.length];
    if (s.kind === 'join' || customers.length === 0) {
      const source = s.kind === 'join' ? s.source : 'ORGANIC';
      const joined = await makeCustomer(t.db, {
        signUpSource: source,
        homeShopId: source === 'SHOP' ? store.id : source === 'ESHOP' ? eshop.id : undefined,
      });
      customers.push(joined.id);
      await backdate(since, at);
      if (s.kind === 'join') continue;
    }
    if (s.kind === 'buy') {
      const shop = s.eshop ? eshop : store;
      const channel = s.eshop ? 'ESHOP' : 'STORE';
      const externalId = `R-${++receipt}`;
      await recordPurchase(t.db, {
        shopId: shop.id,
        channel,
        externalId,
        customer: s.who === null ? undefined : { id: someone(s.who)! },
        amount: s.amount,
        currency: 'EUR',
        occurredAt: at,
      });
      if (s.refund > 50)
        await refundPurchase(t.db, {
          shopId: shop.id,
          purchaseExternalId: externalId,
          refund: { externalId: `${externalId}-R`, amount: Math.ceil(s.amount / 2) },
          channel,
        });
    } else if (s.kind === 'adjust') {
      const points = s.points > 0 ? s.points : 30;
      // Points won online (a game in the app) lead to shop purchases; an adjustment does not.
      if (s.online)
        await t.db.$transaction((tx) =>
          recordMovement(tx, {
            customerId: someone(s.who)!,
            type: 'EARN',
            channel: 'APP',
            points,
            source: { type: 'GAME_PLAY' },
          }),
        );
      else await givePoints(t.db, someone(s.who)!, points);
    } else if (s.kind === 'claim') {
      const customerId = someone(s.who)!;
      await givePoints(t.db, customerId, 20);
      const { body } = await claimReward(t.db, {
        customerId,
        rewardId: reward.id,
        channel: 'APP',
        actor: { type: 'CUSTOMER', id: customerId },
      });
      if (s.redeem)
        await redeemCode(t.db, {
          code: body.code,
          basketAmount: 5_000,
          currency: 'EUR',
          channel: 'STORE',
          shopId: store.id,
        });
    }
    await backdate(since, at);
  }
  return { store: store.id };
};

const SIGN_UP_CHANNEL: Record<string, Channel> = {
  SHOP: 'STORE',
  ESHOP: 'ESHOP',
  CONTEST: 'SOCIAL',
  REFERRAL: 'REFERRAL',
  ORGANIC: 'APP',
};

/** The same figures, counted again here row by row from the ledger, purchases and codes. */
const recount = async (from: string, to: string, shopId?: string) => {
  const inRange = (at: Date) => {
    const day = programmeDay(at, TZ);
    return day >= from && day <= to;
  };
  const channels = new Map<Channel, ActivityTotals>();
  const of = (channel: Channel) =>
    channels.get(channel) ?? channels.set(channel, noActivity()).get(channel)!;
  const [customers, movements, purchases, refunds, issued, redemptions] = await Promise.all([
    t.db.customer.findMany(),
    t.db.movement.findMany(),
    t.db.purchase.findMany(),
    t.db.refund.findMany({ include: { purchase: true } }),
    t.db.codeEvent.findMany({ where: { type: 'ISSUED' } }),
    t.db.redemption.findMany({ where: { status: 'COMPLETED' } }),
  ]);
  const purchaseShop = new Map(purchases.map((p) => [p.id, p.shopId]));
  const refundShop = new Map(refunds.map((r) => [r.id, r.purchase.shopId]));
  const inShop = (id: string | null | undefined) => !shopId || id === shopId;
  for (const c of customers)
    if (
      inRange(c.createdAt) &&
      inShop(['SHOP', 'ESHOP'].includes(c.signUpSource) ? c.homeShopId : null)
    )
      of(SIGN_UP_CHANNEL[c.signUpSource]!).newMembers++;
  for (const m of movements) {
    const shop =
      m.sourceType === 'PURCHASE'
        ? purchaseShop.get(m.sourceId!)
        : m.sourceType === 'REFUND'
          ? refundShop.get(m.sourceId!)
          : null;
    if (!inRange(m.createdAt) || !inShop(shop)) continue;
    const figures = of(m.channel);
    if ((m.type === 'EARN' || m.type === 'ADJUST') && m.points > 0)
      figures.pointsIssued += m.points;
    if (m.type === 'REDEEM') figures.pointsRedeemed -= m.points;
    if (m.type !== 'RELEASE') figures.pointsNet += m.points;
  }
  for (const p of purchases)
    if (inRange(p.occurredAt) && inShop(p.shopId)) {
      const figures = of(p.channel);
      figures.purchases++;
      figures.purchaseAmount += p.amount;
      if (p.customerId) {
        figures.memberPurchases++;
        figures.memberPurchaseAmount += p.amount;
      }
    }
  for (const e of issued)
    if (inRange(e.createdAt) && inShop(e.shopId)) of(e.channel ?? 'APP').codesIssued++;
  for (const r of redemptions)
    if (inRange(r.createdAt) && inShop(r.shopId)) {
      of(r.channel).codesRedeemed++;
      of(r.channel).discountGiven += r.amountOff;
    }
  const end = (
    await t.db.$queryRaw<{ end: Date }[]>`
    SELECT ((${to}::date + 1)::timestamp AT TIME ZONE ${TZ}) AS end`
  )[0]!.end;
  /** Members who earned or spent points in the 30 days to the end of `day`. */
  const activeTo = async (day: string) => {
    const dayEnd = (
      await t.db.$queryRaw<{ end: Date }[]>`
      SELECT ((${day}::date + 1)::timestamp AT TIME ZONE ${TZ}) AS end`
    )[0]!.end;
    const since = dayEnd.getTime() - 30 * 86_400_000;
    return new Set(
      movements
        .filter((m) => ['EARN', 'REDEEM'].includes(m.type))
        .filter((m) => m.createdAt.getTime() >= since && m.createdAt < dayEnd)
        .map((m) => m.customerId),
    ).size;
  };
  /** Members who bought in `shopId` in the 30 days (programme days) to the end of `day`. */
  const buyersTo = (day: string) =>
    new Set(
      purchases
        .filter((p) => p.customerId && p.shopId === shopId)
        .filter((p) => {
          const bought = programmeDay(p.occurredAt, TZ);
          return bought >= addDays(day, -29) && bought <= day;
        })
        .map((p) => p.customerId),
    ).size;
  /** Who bought in the range (in the shop), in shops and online, and what led them there. */
  const flows = () => {
    const within = (before: Date, after: Date) =>
      before < after && before.getTime() >= after.getTime() - 30 * 86_400_000;
    const counted = purchases.filter(
      (p) =>
        p.customerId &&
        ['STORE', 'ESHOP'].includes(p.channel) &&
        inRange(p.occurredAt) &&
        inShop(p.shopId),
    );
    const who = (list: typeof counted) => new Set(list.map((p) => p.customerId));
    const inStores = who(counted.filter((p) => p.channel === 'STORE'));
    const online = who(counted.filter((p) => p.channel === 'ESHOP'));
    const boughtBefore = (p: (typeof counted)[number], channel: Channel) =>
      purchases.some(
        (o) =>
          o.customerId === p.customerId &&
          o.channel === channel &&
          within(o.occurredAt, p.occurredAt),
      );
    return {
      buyers: who(counted).size,
      bothChannels: [...inStores].filter((c) => online.has(c)).length,
      webToStore: who(
        counted.filter(
          (p) =>
            p.channel === 'STORE' &&
            (boughtBefore(p, 'ESHOP') ||
              movements.some(
                (m) =>
                  m.customerId === p.customerId &&
                  m.points > 0 &&
                  ['APP', 'SOCIAL', 'REFERRAL'].includes(m.channel) &&
                  within(m.createdAt, p.occurredAt),
              )),
        ),
      ).size,
      storeToWeb: who(counted.filter((p) => p.channel === 'ESHOP' && boughtBefore(p, 'STORE')))
        .size,
    };
  };
  return {
    buyersTo,
    flows,
    channels: Object.fromEntries(
      [...channels].filter(([, f]) => Object.values(f).some((v) => v !== 0)),
    ),
    members: customers.filter((c) => c.createdAt < end && (!shopId || c.homeShopId === shopId))
      .length,
    activeTo,
    pointsHeld: movements
      .filter((m) => m.createdAt < end && m.type !== 'RELEASE')
      .reduce((sum, m) => sum + m.points, 0),
  };
};

const shown = (channels: { channel: Channel; current: ActivityTotals }[]) =>
  Object.fromEntries(
    channels
      .filter(({ current }) => Object.values(current).some((v) => v !== 0))
      .map(({ channel, current }) => [channel, current]),
  );

describe('the dashboard', () => {
  it(
    'says what the ledger, purchases and codes say, whether its days are rolled up or computed live, and so do its flows between channels',
    { timeout: 240_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { minLength: 4, maxLength: 14 }),
          fc.integer({ min: 0, max: 12 }),
          fc.integer({ min: 0, max: 8 }),
          fc.integer({ min: 0, max: 15 }),
          async (steps, start, length, unrolled) => {
            await t.drop();
            t = await createTestDatabase();
            const { store } = await play(steps);
            await rollUpActivity(t.db, NOW);
            // Some closed days not rolled up yet: those are computed live.
            await t.db
              .$executeRaw`DELETE FROM "RolledUpDay" WHERE day >= ${addDays(TODAY, -unrolled)}::date`;
            const range = { from: addDays(TODAY, -start - length), to: addDays(TODAY, -start) };
            const dashboard = await readDashboard(t.db, {
              range,
              scope: { allShops: true },
              now: NOW,
            });
            const expected = await recount(range.from, range.to);
            expect(shown(dashboard.channels)).toEqual(expected.channels);
            expect(dashboard.members.current).toBe(expected.members);
            expect(dashboard.activeMembers.current).toBe(
              await expected.activeTo(dashboard.activeMembers.asOf),
            );
            expect(dashboard.activeMembers.previous).toBe(
              await expected.activeTo(addDays(range.from, -1)),
            );
            expect(dashboard.pointsHeld?.current).toBe(expected.pointsHeld);
            const previous = await recount(
              dashboard.period.previous.from,
              dashboard.period.previous.to,
            );
            expect(
              shown(dashboard.channels.map((c) => ({ channel: c.channel, current: c.previous }))),
            ).toEqual(previous.channels);
            expect(dashboard.pointsHeld?.previous).toBe(previous.pointsHeld);

            const inStore = await readDashboard(t.db, {
              range,
              scope: { allShops: false, shopIds: [store] },
              now: NOW,
            });
            const storeExpected = await recount(range.from, range.to, store);
            expect(shown(inStore.channels)).toEqual(storeExpected.channels);
            expect(inStore.members.current).toBe(storeExpected.members);
            expect(inStore.pointsHeld).toBeNull();
            expect(inStore.activeMembers.current).toBe(
              storeExpected.buyersTo(inStore.activeMembers.asOf),
            );
            expect(inStore.activeMembers.previous).toBe(
              storeExpected.buyersTo(addDays(range.from, -1)),
            );

            const flows = await readChannelFlows(t.db, {
              range,
              scope: { allShops: true },
              now: NOW,
            });
            expect(flows).toMatchObject(expected.flows());
            const storeFlows = await readChannelFlows(t.db, {
              range,
              scope: { allShops: false, shopIds: [store] },
              now: NOW,
            });
            expect(storeFlows).toMatchObject(storeExpected.flows());
          },
        ),
        { numRuns: 10 },
      );
    },
  );

  it('rolls each day up once, however many workers run the rollup at once', async () => {
    await play([
      { kind: 'buy', who: 0, eshop: false, amount: 4_000, ago: 3 * 24 * 60, refund: 0 },
      { kind: 'buy', who: 0, eshop: true, amount: 2_500, ago: 2 * 24 * 60, refund: 0 },
    ]);
    await Promise.all([rollUpActivity(t.db, NOW), rollUpActivity(t.db, NOW)]);
    await rollUpActivity(t.db, NOW);
    const twice = await t.db.$queryRaw<{ day: Date }[]>`
      SELECT day FROM "DailyActivity" GROUP BY day, channel, "shopId" HAVING count(*) > 1`;
    expect(twice).toEqual([]);
    const rolled = await t.db.dailyActivity.aggregate({
      _sum: { purchases: true, purchaseAmount: true },
    });
    expect(rolled._sum).toEqual({ purchases: 2, purchaseAmount: 6_500n });
  });

  it('follows customers across channels: codes won online spent in a shop, web to store and back, cohorts', async () => {
    const store = await makeShop(t.db, { kind: 'STORE' });
    const eshop = await makeShop(t.db, { kind: 'ESHOP' });
    const reward = await makeReward(t.db, { pointsCost: 20 });
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
    let receipt = 0;
    const buy = async (customerId: string, online: boolean, days: number) => {
      const since = new Date();
      await recordPurchase(t.db, {
        shopId: online ? eshop.id : store.id,
        channel: online ? 'ESHOP' : 'STORE',
        externalId: `F-${++receipt}`,
        customer: { id: customerId },
        amount: 3_000,
        currency: 'EUR',
        occurredAt: daysAgo(days),
      });
      await backdate(since, daysAgo(days));
    };
    const joined = async (source: 'SHOP' | 'ORGANIC', days: number) => {
      const since = new Date();
      const { id } = await makeCustomer(t.db, { signUpSource: source });
      await backdate(since, daysAgo(days));
      return id;
    };
    // Ana won a code in the app and spent it in a shop, after buying online.
    const ana = await joined('ORGANIC', 20);
    await givePoints(t.db, ana, 20);
    const { body: code } = await claimReward(t.db, {
      customerId: ana,
      rewardId: reward.id,
      channel: 'APP',
      actor: { type: 'CUSTOMER', id: ana },
    });
    await redeemCode(t.db, {
      code: code.code,
      basketAmount: 5_000,
      currency: 'EUR',
      channel: 'STORE',
      shopId: store.id,
    });
    await buy(ana, true, 5);
    await buy(ana, false, 2);
    // Ben bought in a shop, then online a week later.
    const ben = await joined('SHOP', 15);
    await buy(ben, false, 10);
    await buy(ben, true, 3);
    // Chloé won points in a game, then came to a shop.
    const chloe = await joined('SHOP', 12);
    await t.db.$transaction((tx) =>
      recordMovement(tx, {
        customerId: chloe,
        type: 'EARN',
        channel: 'APP',
        points: 30,
        source: { type: 'GAME_PLAY' },
      }),
    );
    await backdate(daysAgo(0.001), daysAgo(4));
    await buy(chloe, false, 1);
    // Dan only buys in shops, twice. Eve joined long ago; her shop purchase, 41 days before her
    // online one, is outside both the range and the 30 days.
    const dan = await joined('SHOP', 9);
    await buy(dan, false, 8);
    await buy(dan, false, 6);
    const eve = await joined('ORGANIC', 90);
    await buy(eve, false, 45);
    await buy(eve, true, 4);

    const flows = await readChannelFlows(t.db, {
      range: { from: addDays(TODAY, -29), to: TODAY },
      scope: { allShops: true },
      now: NOW,
    });
    expect(flows.codeJourneys).toEqual([
      { issuedOn: 'APP', redeemedOn: 'STORE', codes: 1, discountGiven: 1_000 },
    ]);
    expect(flows).toMatchObject({ buyers: 5, bothChannels: 2, webToStore: 2, storeToWeb: 1 });
    const cohort = (source: string) =>
      flows.cohorts
        .filter((c) => c.source === source)
        .reduce(
          (sum, c) => ({
            members: sum.members + c.members,
            buyers: sum.buyers + c.buyers,
            repeat: sum.repeat + c.repeatBuyers,
          }),
          { members: 0, buyers: 0, repeat: 0 },
        );
    expect(cohort('SHOP')).toEqual({ members: 3, buyers: 3, repeat: 2 });
    expect(cohort('ORGANIC')).toEqual({ members: 1, buyers: 1, repeat: 1 });

    const inEshop = await readChannelFlows(t.db, {
      range: { from: addDays(TODAY, -29), to: TODAY },
      scope: { allShops: false, shopIds: [eshop.id] },
      now: NOW,
    });
    expect(inEshop).toMatchObject({ codeJourneys: [], buyers: 3, bothChannels: 0, storeToWeb: 1 });

    // The same from the rollup's days.
    await rollUpActivity(t.db, NOW);
    expect(
      await readChannelFlows(t.db, {
        range: { from: addDays(TODAY, -29), to: TODAY },
        scope: { allShops: true },
        now: NOW,
      }),
    ).toEqual(flows);
  });
});
