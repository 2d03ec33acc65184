import { readFileSync } from 'node:fs';
import { terminalRouter } from '@fidele/api/terminal';
import { getContestForStaff, getPublicContest } from '@fidele/core/contests';
import { getGameForStaff, listGamesForStaff } from '@fidele/core/games';
import { listMovements } from '@fidele/core/ledger';
import { listOffersFor } from '@fidele/core/offers';
import { applyRetention } from '@fidele/core/privacy';
import { openOnlineAccess } from '@fidele/core/private-sales';
import { getTierStatus } from '@fidele/core/tiers';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, isEmpty, seedDemo } from './demo.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  expect(await isEmpty(t.db)).toBe(true);
  await seedDemo(t.db);
});
afterAll(() => t.drop());

it('gives Camille a history that explains itself: purchases on past days, a refund, reasons', async () => {
  const camille = await t.db.customer.findUniqueOrThrow({
    where: { email: DEMO.customer.email },
    select: { id: true },
  });
  const history = await listMovements(t.db, { customerId: camille.id, take: 100 });
  const purchaseDays = new Set(
    history
      .filter((movement) => movement.purchase)
      .map((movement) => movement.occurredAt.toISOString().slice(0, 10)),
  );
  expect(purchaseDays.size).toBeGreaterThan(3);
  expect(history).toContainEqual(
    expect.objectContaining({
      sourceType: 'REFUND',
      refund: expect.objectContaining({ shopName: DEMO.shops.store.name }),
    }),
  );
  expect(history).toContainEqual(
    expect.objectContaining({
      type: 'ADJUST',
      customerReason: 'A gesture from us after your delayed delivery',
    }),
  );
});

it('gives the demo a Silver Camille with open and locked VIP offers', async () => {
  const camille = await t.db.customer.findUniqueOrThrow({
    where: { email: DEMO.customer.email },
    select: { id: true },
  });
  expect((await getTierStatus(t.db, camille.id)).current.code).toBe('SILVER');
  const offers = await listOffersFor(t.db, { customerId: camille.id });
  expect(
    offers.map((offer) => [offer.title.en, offer.state, offer.unlockTier?.code ?? null]),
  ).toEqual(
    expect.arrayContaining([
      ['Silver days: 10 € off in shop', 'available', null],
      ['Gold weekend: 20 % off everything', 'locked', 'GOLD'],
      ['Platinum preview: 30 % off the new collection', 'locked', 'PLATINUM'],
      ['Online and in shop? Free delivery on us', 'available', null],
    ]),
  );
  expect(await isEmpty(t.db)).toBe(false);
});

it('has a wheel, a scratch card, a daily streak and a quiz running, made as the admin makes them', async () => {
  const games = await listGamesForStaff(t.db, { status: 'running', page: 1, pageSize: 10 });
  expect(games.rows.map((game) => game.type).sort()).toEqual([
    'DAILY_STREAK',
    'QUIZ',
    'SCRATCH_CARD',
    'SPIN_WHEEL',
  ]);
  const wheel = await getGameForStaff(
    t.db,
    games.rows.find((game) => game.type === 'SPIN_WHEEL')!.id,
  );
  expect(wheel.prizes.map((prize) => prize.kind)).toEqual([
    'POINTS',
    'POINTS',
    'REWARD',
    'TRY_AGAIN',
  ]);
  expect(await t.db.auditLog.count({ where: { action: 'game.create' } })).toBe(4);
});

it('has a social contest running, with Camille’s approved entry paid, two waiting and a new member', async () => {
  const contest = await getPublicContest(t.db, DEMO.contestSlug);
  expect(contest).toMatchObject({
    status: 'running',
    entryPoints: 50,
    networks: ['INSTAGRAM', 'TIKTOK'],
  });
  expect(await getContestForStaff(t.db, contest.id)).toMatchObject({
    entries: { pending: 2, approved: 1, rejected: 0 },
    newMembers: 1,
  });
  const camille = await t.db.customer.findUniqueOrThrow({
    where: { email: DEMO.customer.email },
    select: { id: true },
  });
  expect(
    await t.db.movement.findMany({
      where: { customerId: camille.id, sourceType: 'CONTEST' },
      select: { type: true, channel: true, points: true },
    }),
  ).toEqual([{ type: 'EARN', channel: 'SOCIAL', points: 50 }]);
});

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const tryIt = readme.slice(readme.indexOf('## Try it'), readme.indexOf('## Layout'));
const figure = (pattern: RegExp) => Number(tryIt.match(pattern)?.[1]);

it("gives the figures of the README's 'Try it' at the demo till", async () => {
  const till = terminalRouter.createCaller({
    db: t.db,
    bearer: DEMO.shops.store.key,
    response: {},
  });
  const sale = (externalId: string, amount: number) =>
    till.purchases.create({
      externalId,
      memberCode: DEMO.customer.memberCode,
      amount,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    });
  // 42.50 €: 42 points at the base rate, +10 % as Silver, each step rounded down.
  const first = await sale('ticket-1', figure(/"amount":(\d+)/));
  expect(first.purchase.pointsEarned).toBe(figure(/she earns (\d+) points/));
  expect(tryIt).toContain(`the ${first.purchase.pointsEarned} points are there`);
  expect(first.purchase.customer?.tier.code).toBe('SILVER');
  // Then 450 €, which the README says moves her to Gold at once.
  const second = await sale('ticket-2', figure(/`"amount":(\d+)`/));
  expect(second.purchase.customer?.tier.code).toBe('GOLD');
});

it('gives Camille her own code for the online preview she accepted', async () => {
  const camille = await t.db.customer.findUniqueOrThrow({
    where: { email: DEMO.customer.email },
    select: { id: true },
  });
  const preview = await t.db.invitation.findFirstOrThrow({
    where: { customerId: camille.id, privateSale: { kind: 'PREVIEW' } },
  });
  expect(preview.status).toBe('ACCEPTED');
  const access = await t.db.$transaction((tx) =>
    openOnlineAccess(tx, { customerId: camille.id, invitationId: preview.id }),
  );
  expect(access.code).toMatchObject({ discountPercent: 20 });
});

it("checks Camille's private-sale invitation in at the demo till, once", async () => {
  const till = terminalRouter.createCaller({
    db: t.db,
    bearer: DEMO.shops.store.key,
    response: {},
  });
  const camille = await t.db.customer.findUniqueOrThrow({
    where: { email: DEMO.customer.email },
    select: { id: true },
  });
  expect(
    await t.db.invitation.findMany({
      where: { customerId: camille.id, privateSale: { kind: 'PRIVATE_SALE' } },
      select: { code: true, status: true },
    }),
  ).toEqual([{ code: DEMO.invitationCode, status: 'ACCEPTED' }]);
  const checkedIn = await till.invitations.checkIn({ code: DEMO.invitationCode });
  expect(checkedIn.invitation).toMatchObject({
    status: 'CHECKED_IN',
    privateSale: { name: 'VIP private sale week' },
    customer: { firstName: 'Camille' },
  });
  await expect(till.invitations.checkIn({ code: DEMO.invitationCode })).rejects.toMatchObject({
    cause: { code: 'already_checked_in' },
  });
});

it('gives Camille a rewarded, a pending and a held referral, for her page and the review queue', async () => {
  const camille = await t.db.customer.findUniqueOrThrow({
    where: { email: DEMO.customer.email },
    select: {
      referralCode: true,
      referralsMade: {
        select: { status: true, holds: true, friend: { select: { firstName: true } } },
      },
    },
  });
  expect(camille.referralCode).toBe(DEMO.customer.referralCode);
  expect(
    camille.referralsMade.map((referral) => [
      referral.friend.firstName,
      referral.status,
      referral.holds,
    ]),
  ).toEqual(
    expect.arrayContaining([
      ['Hugo', 'REWARDED', []],
      ['Nina', 'PENDING', []],
      ['Cam', 'HELD', ['SAME_EMAIL']],
    ]),
  );
});

it('gives the retention job nobody to warn or erase on a fresh demo', async () => {
  expect(await applyRetention(t.db)).toEqual({ warned: 0, emailed: 0, erased: 0 });
});
