import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DAY_MS } from '../calendar/programme-days.ts';
import { recordPurchase } from '../purchases/index.ts';
import { givePoints, ledgerViolations, makeCustomer, makeShop } from '../testing/index.ts';
import { applyRetention } from './retention.ts';
import { addMonths } from './retention-rule.ts';
import { getRetentionStatus } from './retention-status.ts';

// Each test moves the clock on its own database: the job reads every customer.
let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(() => t.drop());

const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

/** A customer whose last contact was `months` ago, with a verified email unless told. */
const inactive = async (
  months: number,
  { verified = true, warnedDaysAgo = null as number | null } = {},
) => {
  const customer = await makeCustomer(t.db);
  await t.db.customer.update({
    where: { id: customer.id },
    data: {
      lastContactAt: addMonths(now, -months),
      emailVerified: verified ? addMonths(now, -months) : null,
      retentionWarnedAt: warnedDaysAgo === null ? null : daysAgo(warnedDaysAgo),
    },
  });
  return customer;
};

const warnings = (customerId: string) =>
  t.db.message.findMany({
    where: { customerId, kind: 'RETENTION_WARNING' },
    orderBy: { createdAt: 'asc' },
  });

const customer = (id: string) => t.db.customer.findUniqueOrThrow({ where: { id } });

it('warns a customer inactive for 35 months once, by a service email that needs no consent', async () => {
  const lea = await inactive(35);
  const noAddress = await inactive(35, { verified: false });
  const recent = await inactive(34);

  expect(await applyRetention(t.db, now)).toEqual({ warned: 2, emailed: 1, erased: 0 });
  expect(await applyRetention(t.db, now)).toEqual({ warned: 0, emailed: 0, erased: 0 });

  const [warning, ...more] = await warnings(lea.id);
  expect(more).toEqual([]);
  expect(warning).toMatchObject({ channel: 'EMAIL', marketing: false, status: 'QUEUED' });
  expect(new Date((warning!.data as { eraseOn: string }).eraseOn)).toEqual(
    addMonths((await customer(lea.id)).lastContactAt, 36),
  );
  // No marketing consent, yet the outbox sends it.
  expect((await customer(lea.id)).emailConsentAt).toBeNull();
  await t.db.message.update({ where: { id: warning!.id }, data: { status: 'DISPATCHED' } });
  const [claimed] = await t.db.$queryRaw<{ claim: { send?: { marketing: boolean } } }[]>`
    SELECT claim_message(${warning!.id}::uuid, now(), interval '5 minutes', NULL, NULL) AS claim`;
  expect(claimed!.claim.send).toMatchObject({ marketing: false });

  // Without a verified email: the notice runs, no email goes.
  expect(await warnings(noAddress.id)).toEqual([]);
  expect((await customer(noAddress.id)).retentionWarnedAt).toEqual(now);
  expect((await customer(recent.id)).retentionWarnedAt).toBeNull();
});

it('keeps a customer who signs in or buys after the warning, and warns her again after a new inactivity', async () => {
  const shop = await makeShop(t.db, { kind: 'STORE' });
  const lea = await inactive(35);
  const zoe = await inactive(35);
  await applyRetention(t.db, now);

  await t.db.authSession.create({
    data: { customerId: lea.id, expiresAt: new Date(Date.now() + DAY_MS) },
  });
  await recordPurchase(t.db, {
    shopId: shop.id,
    channel: 'STORE',
    externalId: 'R-1',
    customer: { id: zoe.id },
    amount: 2_000,
    currency: 'EUR',
    occurredAt: new Date(),
  });
  for (const { id } of [lea, zoe])
    expect((await customer(id)).lastContactAt.getTime()).toBeGreaterThan(now.getTime() - 60_000);

  // Forty days on, past the old period's end: nobody is erased, nobody warned.
  expect(await applyRetention(t.db, new Date(now.getTime() + 40 * DAY_MS))).toEqual({
    warned: 0,
    emailed: 0,
    erased: 0,
  });
  // 35 months after her return, a new period: a new warning.
  const later = addMonths(new Date(now.getTime() + DAY_MS), 35);
  expect(await applyRetention(t.db, later)).toMatchObject({ warned: 2, erased: 0 });
  for (const { id } of [lea, zoe]) {
    expect(await warnings(id)).toHaveLength(2);
    expect((await customer(id)).erasedAt).toBeNull();
  }
});

/** The programme's figures: an erasure for retention moves none of them. */
const figures = async () => ({
  balances: await t.db.account.aggregate({ _sum: { balance: true } }),
  movements: await t.db.movement.aggregate({ _count: true, _sum: { points: true } }),
  purchases: await t.db.purchase.aggregate({ _count: true, _sum: { amount: true } }),
  customers: await t.db.customer.count(),
});

it('erases through the erasure a customer inactive 37 months and warned 31 days ago; every figure stays', async () => {
  const shop = await makeShop(t.db, { kind: 'STORE' });
  const lea = await makeCustomer(t.db, { firstName: 'Léa' });
  await recordPurchase(t.db, {
    shopId: shop.id,
    channel: 'STORE',
    externalId: 'E-1',
    customer: { id: lea.id },
    amount: 5_000,
    currency: 'EUR',
    occurredAt: new Date(),
  });
  await givePoints(t.db, lea.id, 120);
  await t.db.customer.update({
    where: { id: lea.id },
    data: { lastContactAt: addMonths(now, -37), retentionWarnedAt: daysAgo(31) },
  });
  const justWarned = await inactive(37, { warnedDaysAgo: 10 });
  const neverWarned = await inactive(37);
  const before = await figures();

  expect(await applyRetention(t.db, now)).toEqual({ warned: 1, emailed: 1, erased: 1 });

  expect(await customer(lea.id)).toMatchObject({ firstName: 'Erased', phone: null });
  expect((await customer(lea.id)).erasedAt).not.toBeNull();
  expect(await figures()).toEqual(before);
  expect(await ledgerViolations(t.db)).toEqual([]);
  expect(
    await t.db.auditLog.findMany({
      where: { action: 'customer.erase', targetId: lea.id },
      select: { actorType: true, actorId: true, data: true },
    }),
  ).toEqual([{ actorType: 'SYSTEM', actorId: null, data: { reason: 'retention' } }]);
  expect(await getRetentionStatus(t.db, lea.id)).toMatchObject({
    state: 'erased',
    cause: 'retention',
  });
  // Less than the notice since her warning: kept; never warned: warned now, kept.
  expect((await customer(justWarned.id)).erasedAt).toBeNull();
  expect(await customer(neverWarned.id)).toMatchObject({ erasedAt: null, retentionWarnedAt: now });
});

it('erases once and warns once when two runs go at the same time', async () => {
  const due = await Promise.all(
    Array.from({ length: 6 }, () => inactive(37, { warnedDaysAgo: 31 })),
  );
  const toWarn = await Promise.all(Array.from({ length: 6 }, () => inactive(35)));

  const runs = await Promise.all([applyRetention(t.db, now), applyRetention(t.db, now)]);

  expect(runs[0]!.erased + runs[1]!.erased).toBe(6);
  expect(runs[0]!.warned + runs[1]!.warned).toBe(6);
  expect(
    await t.db.auditLog.count({
      where: { action: 'customer.erase', targetId: { in: due.map(({ id }) => id) } },
    }),
  ).toBe(6);
  expect(
    await t.db.message.count({
      where: { kind: 'RETENTION_WARNING', customerId: { in: toWarn.map(({ id }) => id) } },
    }),
  ).toBe(6);
});

it('counts her own contacts, not the system’s movements', async () => {
  const lea = await inactive(20);
  const before = (await customer(lea.id)).lastContactAt;
  // A staff adjustment is not her contact.
  await givePoints(t.db, lea.id, 50);
  expect((await customer(lea.id)).lastContactAt).toEqual(before);
  await t.db.authSession.create({
    data: { customerId: lea.id, expiresAt: new Date(Date.now() + DAY_MS) },
  });
  const signedIn = (await customer(lea.id)).lastContactAt;
  expect(signedIn.getTime()).toBeGreaterThan(before.getTime());
  // Within a day of her last contact: no write.
  await t.db.authSession.create({
    data: { customerId: lea.id, expiresAt: new Date(Date.now() + DAY_MS) },
  });
  expect((await customer(lea.id)).lastContactAt).toEqual(signedIn);
  // An email of ours opened, a month on.
  await t.db.customer.update({ where: { id: lea.id }, data: { lastContactAt: daysAgo(30) } });
  const message = await t.db.message.create({
    data: { customerId: lea.id, channel: 'EMAIL', kind: 'WELCOME', marketing: true, data: {} },
  });
  await t.db.message.update({ where: { id: message.id }, data: { openedAt: new Date() } });
  expect((await customer(lea.id)).lastContactAt.getTime()).toBeGreaterThan(daysAgo(1).getTime());
  // Opening the retention warning itself keeps nothing.
  await t.db.customer.update({ where: { id: lea.id }, data: { lastContactAt: daysAgo(30) } });
  const warning = await t.db.message.create({
    data: {
      customerId: lea.id,
      channel: 'EMAIL',
      kind: 'RETENTION_WARNING',
      marketing: false,
      data: {},
    },
  });
  await t.db.message.update({ where: { id: warning.id }, data: { openedAt: new Date() } });
  expect((await customer(lea.id)).lastContactAt).toEqual(daysAgo(30));
});
