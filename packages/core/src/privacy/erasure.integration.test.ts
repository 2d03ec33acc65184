import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contestData } from '../contests/contest-fixtures.ts';
import { createContest, submitContestEntry } from '../contests/index.ts';
import { signUpCustomer } from '../customers/index.ts';
import { playGame } from '../games/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { claimReward } from '../rewards/index.ts';
import {
  givePoints,
  ledgerViolations,
  makeCustomer,
  makeGame,
  makeReward,
  makeShop,
  makeStaffUser,
} from '../testing/index.ts';
import { eraseCustomer } from './erasure.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** Every text, JSON and array column of every table, as `"Table"."column"`. */
const textColumns = () =>
  t.db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`;

/** Where any of `values` still stands in the database, as `Table.column: value`. */
const whereFound = async (values: string[]) => {
  const found: string[] = [];
  for (const { table, column } of await textColumns())
    for (const value of values) {
      const [row] = await t.db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`,
        `%${value}%`,
      );
      if (row!.n > 0n) found.push(`${table}.${column}: ${value}`);
    }
  return found;
};

/** The programme's figures the dashboard reads: they must not move when someone is erased. */
const figures = async () => ({
  balances: await t.db.account.aggregate({ _sum: { balance: true } }),
  movements: await t.db.movement.aggregate({ _count: true, _sum: { points: true } }),
  purchases: await t.db.purchase.aggregate({
    _count: true,
    _sum: { amount: true, refundedAmount: true },
  }),
  codes: await t.db.discountCode.groupBy({ by: ['status'], _count: true }),
  customers: await t.db.customer.count(),
});

it('erases every personal value of a customer, and no figure moves', async () => {
  const shop = await makeShop(t.db, { kind: 'STORE' });
  const staff = await makeStaffUser(t.db, { role: 'MARKETING' });
  await t.db.earnRule.createMany({
    data: [
      { kind: 'BASE_RATE', name: 'Base', rate: 100 },
      { kind: 'REFERRAL_BONUS', name: 'Referral', points: 50, friendPoints: 50 },
    ],
  });
  const referrer = await makeCustomer(t.db, { firstName: 'Camille' });
  const { referralCode } = await t.db.customer.findUniqueOrThrow({ where: { id: referrer.id } });
  // Zéphyrine joins through Camille's link from her phone, and lives a full life in the programme.
  const personal = {
    email: `zephyrine.quillard.${Date.now()}@example.com`,
    phone: '+33698765432',
    firstName: 'Zéphyrine',
    lastName: 'Quillard',
    handle: 'zephy.quill',
    ip: '198.51.100.23',
    device: `device-zephy-${randomUUID()}`,
  };
  const zephyrine = await signUpCustomer(t.db, {
    email: personal.email,
    passwordHash: 'hash',
    firstName: personal.firstName,
    lastName: personal.lastName,
    locale: 'fr',
    consents: { email: true },
    referral: { code: referralCode, via: 'LINK', ipAddress: personal.ip, device: personal.device },
  });
  await t.db.customer.update({
    where: { id: zephyrine.id },
    data: { phone: personal.phone, birthDate: new Date('1991-06-14T00:00:00Z') },
  });
  const { body } = await recordPurchase(t.db, {
    shopId: shop.id,
    channel: 'STORE',
    externalId: 'Z-1',
    customer: { id: zephyrine.id },
    amount: 8_000,
    currency: 'EUR',
    occurredAt: new Date(),
  });
  await refundPurchase(t.db, {
    shopId: shop.id,
    purchaseExternalId: body.purchase.externalId,
    refund: { externalId: 'Z-R1', amount: 1_000 },
    channel: 'STORE',
  });
  await givePoints(t.db, zephyrine.id, 200);
  const reward = await makeReward(t.db, { pointsCost: 50 });
  await claimReward(t.db, {
    customerId: zephyrine.id,
    rewardId: reward.id,
    channel: 'APP',
    actor: { type: 'CUSTOMER', id: zephyrine.id },
  });
  const contest = await t.db.$transaction((tx) => createContest(tx, contestData(), staff.id));
  await submitContestEntry(t.db, {
    customerId: zephyrine.id,
    contestId: contest.id,
    network: 'INSTAGRAM',
    postUrl: `https://www.instagram.com/p/${personal.handle}/`,
    handle: personal.handle,
  });
  const game = await makeGame(t.db, {
    prizes: [
      {
        id: 'ten',
        kind: 'POINTS',
        labelEn: '10 points',
        labelFr: '10 points',
        points: 10,
        rewardId: null,
        weight: 10_000,
        stock: null,
        paced: false,
      },
    ],
  });
  await playGame(t.db, {
    gameId: game.id,
    customerId: zephyrine.id,
    playId: randomUUID(),
    ip: personal.ip,
    device: personal.device,
  });
  await t.db.notification.create({
    data: { customerId: zephyrine.id, kind: 'INVITATION', data: { nameEn: personal.firstName } },
  });
  await t.db.message.create({
    data: {
      customerId: zephyrine.id,
      channel: 'SMS',
      kind: 'WELCOME',
      marketing: false,
      data: { firstName: personal.firstName },
      sentTo: personal.phone,
      summary: `Bienvenue ${personal.firstName}`,
    },
  });
  // What the sign-in layer keeps: a session, a magic link, a sign-in limit by email.
  await t.db.authSession.create({
    data: { customerId: zephyrine.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await t.db.verificationToken.create({
    data: { identifier: personal.email, token: randomUUID(), expires: new Date() },
  });
  await t.db.rateLimit.create({ data: { key: `signin-customer-account:${personal.email}` } });
  await t.db.auditLog.create({
    data: {
      actorType: 'STAFF',
      action: 'customer.update',
      targetType: 'customer',
      targetId: zephyrine.id,
      data: { before: { phone: personal.phone }, after: { phone: null } },
    },
  });
  // The scan finds her where she is before: it would find her after.
  expect(await whereFound(Object.values(personal))).toEqual(
    expect.arrayContaining([
      `Customer.email: ${personal.email}`,
      `Customer.phone: ${personal.phone}`,
      `Customer.lastName: ${personal.lastName}`,
      `ContestEntry.handle: ${personal.handle}`,
      `ContestEntry.postUrl: ${personal.handle}`,
      `GamePlay.ip: ${personal.ip}`,
      `GamePlay.device: ${personal.device}`,
      `Referral.ipAddress: ${personal.ip}`,
      `Message.sentTo: ${personal.phone}`,
      `Message.summary: ${personal.firstName}`,
      `Notification.data: ${personal.firstName}`,
      `VerificationToken.identifier: ${personal.email}`,
      `RateLimit.key: ${personal.email}`,
      `AuditLog.data: ${personal.phone}`,
    ]),
  );

  const before = await figures();
  await t.db.$transaction((tx) =>
    eraseCustomer(tx, { customerId: zephyrine.id, actor: { type: 'CUSTOMER', id: zephyrine.id } }),
  );

  expect(await whereFound(Object.values(personal))).toEqual([]);
  expect(await figures()).toEqual(before);
  expect(await ledgerViolations(t.db)).toEqual([]);
  const erased = await t.db.customer.findUniqueOrThrow({ where: { id: zephyrine.id } });
  expect(erased).toMatchObject({
    firstName: 'Erased',
    lastName: null,
    birthDate: null,
    phone: null,
  });
  expect(erased.erasedAt).not.toBeNull();
  expect(erased.memberCode).not.toBe(zephyrine.memberCode);
  expect(await t.db.authSession.count({ where: { customerId: zephyrine.id } })).toBe(0);
  expect(
    await t.db.message.findFirstOrThrow({ where: { customerId: zephyrine.id } }),
  ).toMatchObject({ status: 'SKIPPED', hold: 'WITHDRAWN', sentTo: null, summary: null });
  expect(
    await t.db.auditLog.count({ where: { action: 'customer.erase', targetId: zephyrine.id } }),
  ).toBe(1);

  await expect(
    t.db.$transaction((tx) =>
      eraseCustomer(tx, { customerId: zephyrine.id, actor: { type: 'SYSTEM' } }),
    ),
  ).rejects.toMatchObject({ code: 'customer_erased' });
});
