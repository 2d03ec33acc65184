import type { MessageStatus } from '@fidele/db';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrivateSale, inviteToPrivateSale } from '../private-sales/index.ts';
import { makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import {
  claimMessage,
  dispatchDueMessages,
  recordMessageFailure,
  recordMessageSent,
} from './outbox.ts';

let t: TestDatabase;
let shopId: string;
let staffUserId: string;
let tierId: string;

// Times in Paris (winter, UTC+1): a Tuesday afternoon and evening, a Sunday morning.
const TUESDAY_15H = new Date('2026-12-08T14:00:00Z');
const TUESDAY_21H = new Date('2026-12-08T20:00:00Z');
const SUNDAY_11H = new Date('2026-12-13T10:00:00Z');
const LEASE = { leaseSeconds: 60 };

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db, { name: 'Paris Marais' })).id;
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  tierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
});
afterAll(() => t.drop());

beforeEach(async () => {
  await t.db.message.deleteMany();
  await t.db.invitation.deleteMany();
});

type Consents = { email?: boolean; sms?: boolean; phone?: string | null };

const customer = async ({ email = true, sms = true, phone }: Consents = {}) => {
  const made = await makeCustomer(t.db, {
    phone: phone === undefined ? `+336${String(Math.random()).slice(2, 10)}` : (phone ?? undefined),
  });
  await t.db.customer.update({
    where: { id: made.id },
    data: { emailConsentAt: email ? new Date() : null, smsConsentAt: sms ? new Date() : null },
  });
  return made.id;
};

/** Invites everyone on the entry tier to a new event sent by email and SMS. */
const invite = async () =>
  t.db.$transaction(async (tx) => {
    const sale = await createPrivateSale(tx, {
      data: {
        kind: 'PRIVATE_SALE',
        nameEn: 'Winter private sale',
        nameFr: "Vente privée d'hiver",
        textEn: '',
        textFr: '',
        shopId,
        startsAt: new Date('2027-01-10T09:00:00Z'),
        endsAt: new Date('2027-01-10T18:00:00Z'),
        capacity: 100,
        channels: ['EMAIL', 'SMS'],
        tierIds: [tierId],
        segmentIds: [],
      },
      staffUserId,
      allShops: true,
    });
    return inviteToPrivateSale(tx, { id: sale.id, staffUserId, allShops: true });
  });

const messagesOf = (customerId: string) =>
  t.db.message.findMany({
    where: { customerId },
    orderBy: { channel: 'asc' },
    select: { id: true, channel: true, status: true, hold: true, sendAfter: true },
  });

const statusOf = async (id: string): Promise<MessageStatus> =>
  (await t.db.message.findUniqueOrThrow({ where: { id } })).status;

const claim = (messageId: string, now: Date) => claimMessage(t.db, { messageId, now, ...LEASE });

describe('the outbox', () => {
  it('queues an invitation on each channel in the inviting transaction, and skips whom it may not reach', async () => {
    const both = await customer();
    const emailOnly = await customer({ sms: false });
    const noPhone = await customer({ phone: null });
    const none = await customer({ email: false, sms: false });
    const result = await invite();
    expect(result.messages).toBeGreaterThanOrEqual(8);
    expect(await messagesOf(both)).toMatchObject([
      { channel: 'EMAIL', status: 'QUEUED', hold: null },
      { channel: 'SMS', status: 'QUEUED', hold: null },
    ]);
    expect(await messagesOf(emailOnly)).toMatchObject([
      { channel: 'EMAIL', status: 'QUEUED' },
      { channel: 'SMS', status: 'SKIPPED', hold: 'NO_CONSENT' },
    ]);
    expect(await messagesOf(noPhone)).toMatchObject([
      { channel: 'EMAIL', status: 'QUEUED' },
      { channel: 'SMS', status: 'SKIPPED', hold: 'NO_ADDRESS' },
    ]);
    expect(await messagesOf(none)).toMatchObject([
      { status: 'SKIPPED', hold: 'NO_CONSENT' },
      { status: 'SKIPPED', hold: 'NO_CONSENT' },
    ]);
  });

  it('sends during sending hours and records one delivery', async () => {
    const id = await customer();
    await invite();
    const dispatched = await dispatchDueMessages(t.db, { now: TUESDAY_15H, ...LEASE });
    const [email, sms] = await messagesOf(id);
    expect(dispatched).toEqual(expect.arrayContaining([email!.id, sms!.id]));
    const outcome = await claim(sms!.id, TUESDAY_15H);
    expect(outcome).toMatchObject({
      send: { channel: 'SMS', kind: 'INVITATION', marketing: true, interrupted: false },
    });
    await recordMessageSent(t.db, { messageId: sms!.id, sentTo: 'x', summary: 'y', resent: false });
    expect(await statusOf(sms!.id)).toBe('SENT');
    expect(await claim(sms!.id, TUESDAY_15H)).toEqual({ done: true });
    expect(await dispatchDueMessages(t.db, { now: TUESDAY_15H, ...LEASE })).not.toContain(sms!.id);
  });

  it('holds an SMS due on a Sunday to Monday 10:00; email goes at once', async () => {
    const id = await customer();
    await invite();
    await dispatchDueMessages(t.db, { now: SUNDAY_11H, ...LEASE });
    const [email, sms] = await messagesOf(id);
    expect(await claim(email!.id, SUNDAY_11H)).toHaveProperty('send');
    expect(await claim(sms!.id, SUNDAY_11H)).toEqual({
      held: 'QUIET_HOURS',
      until: expect.stringMatching(/^2026-12-14T09:00:00/),
    });
    expect(await messagesOf(id)).toMatchObject([
      { status: 'SENDING' },
      { status: 'QUEUED', hold: 'QUIET_HOURS', sendAfter: new Date('2026-12-14T09:00:00Z') },
    ]);
    const monday = new Date('2026-12-14T09:00:00Z');
    expect(
      await dispatchDueMessages(t.db, { now: new Date(monday.getTime() - 1000), ...LEASE }),
    ).not.toContain(sms!.id);
    expect(await dispatchDueMessages(t.db, { now: monday, ...LEASE })).toContain(sms!.id);
    expect(await claim(sms!.id, monday)).toHaveProperty('send');
  });

  it('holds an SMS due at 21:00 to 10:00 the next morning', async () => {
    const id = await customer();
    await invite();
    await dispatchDueMessages(t.db, { now: TUESDAY_21H, ...LEASE });
    const [, sms] = await messagesOf(id);
    expect(await claim(sms!.id, TUESDAY_21H)).toMatchObject({ held: 'QUIET_HOURS' });
    expect(await messagesOf(id)).toMatchObject([
      {},
      { status: 'QUEUED', hold: 'QUIET_HOURS', sendAfter: new Date('2026-12-09T09:00:00Z') },
    ]);
  });

  it('holds marketing beyond the cap until the oldest message leaves the 30 days', async () => {
    const id = await customer();
    const sent = new Date('2026-11-20T14:00:00Z');
    await t.db.message.createMany({
      data: [0, 1].map(() => ({
        customerId: id,
        channel: 'SMS' as const,
        kind: 'INVITATION' as const,
        marketing: true,
        data: {},
        status: 'SENT' as const,
        sentAt: sent,
      })),
    });
    await invite();
    await dispatchDueMessages(t.db, { now: TUESDAY_15H, ...LEASE });
    const sms = (await messagesOf(id)).find((m) => m.channel === 'SMS' && m.status !== 'SENT')!;
    expect(await claim(sms.id, TUESDAY_15H)).toEqual({
      held: 'FREQUENCY_CAP',
      until: expect.stringMatching(/^2026-12-20T14:00:00/),
    });
  });

  it('lets only the cap through when one customer has many messages claimed at once', async () => {
    const id = await customer();
    await t.db.message.createMany({
      data: Array.from({ length: 6 }, () => ({
        customerId: id,
        channel: 'EMAIL' as const,
        kind: 'INVITATION' as const,
        marketing: true,
        data: {},
      })),
    });
    const ids = await dispatchDueMessages(t.db, { now: TUESDAY_15H, ...LEASE });
    const outcomes = await Promise.all(ids.map((messageId) => claim(messageId, TUESDAY_15H)));
    expect(outcomes.filter((o) => 'send' in o)).toHaveLength(4);
    expect(outcomes.filter((o) => 'held' in o && o.held === 'FREQUENCY_CAP')).toHaveLength(2);
  });

  it('skips a queued message whose consent was withdrawn before it went', async () => {
    const id = await customer();
    await invite();
    await t.db.customer.update({ where: { id }, data: { emailConsentAt: null } });
    await dispatchDueMessages(t.db, { now: TUESDAY_15H, ...LEASE });
    const [email] = await messagesOf(id);
    expect(await claim(email!.id, TUESDAY_15H)).toEqual({ skipped: 'NO_CONSENT' });
    expect(await messagesOf(id)).toMatchObject([{ status: 'SKIPPED', hold: 'NO_CONSENT' }, {}]);
  });

  it('takes a message back when its job died mid-send, and says it was interrupted', async () => {
    const id = await customer();
    await invite();
    await dispatchDueMessages(t.db, { now: TUESDAY_15H, ...LEASE });
    const [email] = await messagesOf(id);
    expect(await claim(email!.id, TUESDAY_15H)).toMatchObject({ send: { interrupted: false } });
    // Another job within the lease finds it busy; after it, the dispatcher hands it on again.
    expect(await claim(email!.id, new Date(TUESDAY_15H.getTime() + 30_000))).toEqual({
      busy: true,
    });
    const later = new Date(TUESDAY_15H.getTime() + 61_000);
    expect(await dispatchDueMessages(t.db, { now: later, ...LEASE })).toContain(email!.id);
    expect(await claim(email!.id, later)).toMatchObject({ send: { interrupted: true } });
  });

  it('retries a failed send until the attempts run out, then marks it failed', async () => {
    const id = await customer();
    await invite();
    await dispatchDueMessages(t.db, { now: TUESDAY_15H, ...LEASE });
    const [email] = await messagesOf(id);
    const attempt = async () => {
      await claim(email!.id, TUESDAY_15H);
      return recordMessageFailure(t.db, {
        messageId: email!.id,
        error: 'SMTP down',
        maxAttempts: 2,
        retryWithinSeconds: 600,
      });
    };
    expect(await attempt()).toEqual({ retry: true });
    expect(await statusOf(email!.id)).toBe('DISPATCHED');
    expect(await attempt()).toEqual({ retry: false });
    expect(await t.db.message.findUniqueOrThrow({ where: { id: email!.id } })).toMatchObject({
      status: 'FAILED',
      attempts: 2,
      lastError: 'SMTP down',
    });
  });
});
