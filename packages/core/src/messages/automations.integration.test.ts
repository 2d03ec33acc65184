import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awardBirthdayBonuses } from '../earning/index.ts';
import { givePoints, makeCustomer, makeReward, makeStaffUser } from '../testing/index.ts';
import {
  type Automation,
  getAutomation,
  listAutomations,
  queueAutomationMessages,
  saveAutomation,
} from './automations.ts';
import { messageLinkToken } from './message-link-token.ts';
import { trackMessage } from './message-tracking.ts';
import { claimMessage, dispatchDueMessages } from './outbox.ts';

let t: TestDatabase;
let staffUserId: string;
const DAY = 86_400_000;
const SECRET = 'a-secret-of-at-least-sixteen-characters';

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
});
afterAll(() => t.drop());

beforeEach(async () => {
  await t.db.message.deleteMany();
  await t.db.messageAutomation.deleteMany();
});

/** A member who joined `daysAgo` days ago, agreeing to emails (or not). */
const member = async ({ daysAgo = 0, email = true } = {}) => {
  const made = await makeCustomer(t.db, { phone: `+336${String(Math.random()).slice(2, 10)}` });
  await t.db.customer.update({
    where: { id: made.id },
    data: {
      createdAt: new Date(Date.now() - daysAgo * DAY - 60_000),
      emailConsentAt: email ? new Date() : null,
    },
  });
  return made.id;
};

const messagesOf = (customerId: string) =>
  t.db.message.findMany({
    where: { customerId },
    orderBy: [{ kind: 'asc' }, { channel: 'asc' }],
    select: {
      id: true,
      kind: true,
      channel: true,
      status: true,
      hold: true,
      data: true,
      marketing: true,
    },
  });

const save = async (kind: Automation['kind'], change: Partial<Automation>) =>
  t.db.$transaction(async (tx) =>
    saveAutomation(tx, { data: { ...(await getAutomation(tx, kind)), ...change }, staffUserId }),
  );

const claim = async (messageId: string) => {
  await dispatchDueMessages(t.db, { leaseSeconds: 60 });
  return claimMessage(t.db, {
    messageId,
    leaseSeconds: 60,
    sendingHours: { EMAIL: null, SMS: null },
  });
};

describe('the automations as they stand', () => {
  it('are all on, by email (a win by email and SMS), with their default words, until staff change one (audited)', async () => {
    const all = await listAutomations(t.db);
    expect(all.map((automation) => automation.kind)).toEqual([
      'WELCOME',
      'BIRTHDAY',
      'TIER_UPGRADE',
      'POINTS_EXPIRING',
      'CODE_EXPIRING',
      'INVITATION',
      'INVITATION_REMINDER',
      'WAITLIST_PLACE',
      'CONTEST_WON',
      'RETENTION_WARNING',
    ]);
    expect(all.every((automation) => automation.enabled)).toBe(true);
    expect(all.find((automation) => automation.kind === 'CONTEST_WON')!.channels).toEqual([
      'EMAIL',
      'SMS',
    ]);
    expect(all.find((automation) => automation.kind === 'POINTS_EXPIRING')!.daysBefore).toBe(30);
    expect(all.find((automation) => automation.kind === 'WELCOME')!.daysBefore).toBeNull();

    const saved = await save('WELCOME', {
      channels: ['EMAIL', 'SMS', 'SMS'],
      daysBefore: 12,
      texts: { ...all[0]!.texts, subjectFr: 'Bienvenue {firstName}' },
    });
    expect(saved).toMatchObject({ channels: ['EMAIL', 'SMS'], daysBefore: null });
    expect(saved.texts.subjectFr).toBe('Bienvenue {firstName}');
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'automation.update' } });
    expect(audit).toMatchObject({
      targetType: 'automation',
      targetId: 'WELCOME',
      actorId: staffUserId,
    });
  });
});

describe('welcome', () => {
  it('greets each member who joined within the day, once, skipping those who did not agree', async () => {
    const agreeing = await member();
    const silent = await member({ email: false });
    const old = await member({ daysAgo: 3 });
    expect(await queueAutomationMessages(t.db)).toMatchObject({ welcome: 2 });
    expect(await queueAutomationMessages(t.db)).toMatchObject({ welcome: 0 });

    const [welcome] = await messagesOf(agreeing);
    expect(welcome).toMatchObject({
      kind: 'WELCOME',
      channel: 'EMAIL',
      status: 'QUEUED',
      marketing: true,
    });
    expect(welcome!.data).toEqual({ memberCode: expect.any(String) });
    expect(await messagesOf(silent)).toEqual([
      expect.objectContaining({ status: 'SKIPPED', hold: 'NO_CONSENT' }),
    ]);
    expect(await messagesOf(old)).toEqual([]);
  });

  it('goes out on each channel the automation names, and not at all when it is off', async () => {
    await save('WELCOME', { channels: ['EMAIL', 'SMS'] });
    const both = await member();
    await queueAutomationMessages(t.db);
    expect((await messagesOf(both)).map((message) => [message.channel, message.hold])).toEqual([
      ['EMAIL', null],
      ['SMS', 'NO_CONSENT'],
    ]);

    await save('WELCOME', { enabled: false });
    await member();
    expect(await queueAutomationMessages(t.db)).toMatchObject({ welcome: 0 });
  });

  it('skips a queued message whose automation was switched off or taken off its channel before it went', async () => {
    const first = await member();
    await queueAutomationMessages(t.db);
    const [queued] = await messagesOf(first);
    await save('WELCOME', { enabled: false });
    expect(await claim(queued!.id)).toEqual({ skipped: 'AUTOMATION_OFF' });

    await t.db.message.deleteMany();
    await save('WELCOME', { enabled: true, channels: ['EMAIL'] });
    await queueAutomationMessages(t.db);
    const [again] = await messagesOf(first);
    await save('WELCOME', { channels: ['SMS'] });
    expect(await claim(again!.id)).toEqual({ skipped: 'AUTOMATION_OFF' });
  });

  it("sends the automation's own words with the message, as they stand when it goes", async () => {
    const id = await member();
    await queueAutomationMessages(t.db);
    const [queued] = await messagesOf(id);
    await save('WELCOME', {
      texts: {
        subjectEn: 'Hi {firstName}',
        subjectFr: null,
        bodyEn: null,
        bodyFr: null,
        smsEn: null,
        smsFr: null,
      },
    });
    const outcome = await claim(queued!.id);
    expect(outcome).toMatchObject({
      send: { kind: 'WELCOME', words: { subjectEn: 'Hi {firstName}', bodyEn: null } },
    });
  });
});

describe('tier upgrade', () => {
  it('tells a customer who moved up, with the tier she holds now; never one who moved down', async () => {
    const entry = await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } });
    const higher = await t.db.tier.create({
      data: { code: 'GOLD', name: 'Gold', nameFr: 'Or', rank: entry.rank + 10, threshold: 1000 },
    });
    const up = await member({ daysAgo: 5 });
    const down = await member({ daysAgo: 5 });
    await t.db.customer.update({ where: { id: up }, data: { tierId: higher.id } });
    await t.db.tierChange.createMany({
      data: [
        {
          customerId: up,
          fromTierId: entry.id,
          toTierId: higher.id,
          reason: 'QUALIFIED',
          qualifyingFigure: 1000,
        },
        {
          customerId: down,
          fromTierId: higher.id,
          toTierId: entry.id,
          reason: 'REVIEW',
          qualifyingFigure: 0,
        },
      ],
    });
    expect(await queueAutomationMessages(t.db)).toMatchObject({ tierUpgrade: 1 });
    const [told] = await messagesOf(up);
    expect(told).toMatchObject({ kind: 'TIER_UPGRADE' });
    expect(told!.data).toMatchObject({
      nameEn: higher.name,
      threshold: higher.threshold,
      windowMonths: 12,
    });
    expect(await messagesOf(down)).toEqual([]);
    expect(await queueAutomationMessages(t.db)).toMatchObject({ tierUpgrade: 0 });
  });
});

describe('expiry warnings', () => {
  it('warns once of the points expiring within the days set, with how many and by when', async () => {
    const id = await member({ daysAgo: 400 });
    await givePoints(t.db, id, 120);
    await givePoints(t.db, id, 80);
    await givePoints(t.db, id, 50);
    const lots = await t.db.pointLot.findMany({
      where: { customerId: id },
      orderBy: { points: 'desc' },
    });
    const soon = new Date(Date.now() + 10 * DAY);
    const later = new Date(Date.now() + 20 * DAY);
    await t.db.pointLot.update({ where: { id: lots[0]!.id }, data: { expiresAt: soon } });
    await t.db.pointLot.update({ where: { id: lots[1]!.id }, data: { expiresAt: later } });

    expect(await queueAutomationMessages(t.db, { expiries: true })).toMatchObject({
      pointsExpiring: 1,
    });
    const [warning] = await messagesOf(id);
    expect(warning).toMatchObject({ kind: 'POINTS_EXPIRING', status: 'QUEUED' });
    // jsonb writes the time as PostgreSQL prints it (trailing zeros of its milliseconds dropped).
    const data = warning!.data as { points: number; until: string };
    expect(data.points).toBe(200);
    expect(new Date(data.until)).toEqual(later);

    // The next day, within the period: told already.
    expect(
      await queueAutomationMessages(t.db, { expiries: true, now: new Date(Date.now() + DAY) }),
    ).toMatchObject({ pointsExpiring: 0 });

    await save('POINTS_EXPIRING', { daysBefore: 5 });
    await t.db.message.deleteMany();
    expect(await queueAutomationMessages(t.db, { expiries: true })).toMatchObject({
      pointsExpiring: 0,
    });
  });

  it('warns once of each unused code ending within the days set', async () => {
    const id = await member({ daysAgo: 100 });
    const reward = await makeReward(t.db, { nameEn: '€5 off', nameFr: '5 € de réduction' });
    const code = (suffix: string, days: number, status: 'ACTIVE' | 'REDEEMED' = 'ACTIVE') =>
      t.db.discountCode.create({
        data: {
          code: `RWD-TEST${suffix}${Math.random().toString(36).slice(2, 8)}`,
          customerId: id,
          rewardId: reward.id,
          status,
          discountType: 'FIXED_AMOUNT',
          discountValue: 500,
          currency: 'EUR',
          channels: 'BOTH',
          validFrom: new Date(Date.now() - 30 * DAY),
          validUntil: new Date(Date.now() + days * DAY),
        },
      });
    const ending = await code('A', 3);
    await code('B', 20);
    await code('C', 2, 'REDEEMED');
    expect(await queueAutomationMessages(t.db, { expiries: true })).toMatchObject({
      codeExpiring: 1,
    });
    const [warning] = await messagesOf(id);
    expect(warning!.data).toMatchObject({
      code: ending.code,
      nameEn: '€5 off',
      nameFr: '5 € de réduction',
    });
    expect(await queueAutomationMessages(t.db, { expiries: true })).toMatchObject({
      codeExpiring: 0,
    });
  });
});

describe('birthday', () => {
  it('comes with the birthday bonus, in its transaction, once a year', async () => {
    await t.db.earnRule.create({
      data: { kind: 'BIRTHDAY_BONUS', name: 'Happy birthday', points: 200 },
    });
    const id = await member({ daysAgo: 100 });
    await t.db.customer.update({ where: { id }, data: { birthDate: new Date('1990-03-15') } });
    const day = new Date('2027-03-15T09:00:00Z');
    await awardBirthdayBonuses(t.db, day);
    await awardBirthdayBonuses(t.db, day);
    expect(await messagesOf(id)).toEqual([
      expect.objectContaining({ kind: 'BIRTHDAY', status: 'QUEUED', data: { points: 200 } }),
    ]);
  });
});

describe('tracking', () => {
  it('keeps the first open and the first click of a sent email; a forged token records nothing', async () => {
    const id = await member();
    await queueAutomationMessages(t.db);
    const [message] = await messagesOf(id);
    const token = messageLinkToken('track', message!.id, SECRET);
    const read = () =>
      t.db.message.findUniqueOrThrow({
        where: { id: message!.id },
        select: { openedAt: true, clickedAt: true },
      });

    await trackMessage(t.db, {
      token: messageLinkToken('unsubscribe', message!.id, SECRET),
      secret: SECRET,
      event: 'open',
    });
    expect(await read()).toEqual({ openedAt: null, clickedAt: null });

    await trackMessage(t.db, { token, secret: SECRET, event: 'open' });
    const opened = await read();
    expect(opened.openedAt).toBeInstanceOf(Date);
    expect(opened.clickedAt).toBeNull();

    await trackMessage(t.db, { token, secret: SECRET, event: 'click' });
    await trackMessage(t.db, { token, secret: SECRET, event: 'click' });
    const clicked = await read();
    expect(clicked.openedAt).toEqual(opened.openedAt);
    expect(clicked.clickedAt).toBeInstanceOf(Date);
  });
});
