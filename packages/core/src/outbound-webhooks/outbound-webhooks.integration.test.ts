import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../audit/index.ts';
import { eraseCustomer } from '../privacy/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { claimReward, redeemCode } from '../rewards/index.ts';
import {
  givePoints,
  makeCustomer,
  makeGame,
  makeReward,
  makeShop,
  makeStaffUser,
} from '../testing/index.ts';
import {
  createEndpoint,
  rotateEndpointSecret,
  sendTestEvent,
  updateEndpoint,
} from './endpoints.ts';
import { claimDueDeliveries } from './delivery-queue.ts';
import { purgeWebhookHistory } from './retention.ts';

// Every type an endpoint can choose (the validators' WEBHOOK_EVENT_TYPES; core does not import them).
const ALL_TYPES = [
  'customer.created',
  'points.earned',
  'points.redeemed',
  'code.issued',
  'code.redeemed',
  'tier.changed',
  'invitation.checked_in',
  'play.won',
  'contest.won',
  'customer.deleted',
];

let t: TestDatabase;
let shopId: string;
let staffUserId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db)).id;
  staffUserId = (await makeStaffUser(t.db, { role: 'OWNER' })).id;
});
afterAll(() => t.drop());
beforeEach(async () => {
  await t.db.webhookEndpoint.deleteMany();
});

const subscribe = (events: string[], enabled = true) =>
  t.db.$transaction((tx) =>
    createEndpoint(tx, {
      url: 'https://receiver.example/hooks',
      description: '',
      events,
      enabled,
      staffUserId,
    }),
  );

const eventsOf = (type: string) =>
  t.db.webhookEvent.findMany({
    where: { type },
    include: { deliveries: true },
    orderBy: { createdAt: 'asc' },
  });

const sale = (customerId: string, externalId: string) => ({
  shopId,
  channel: 'STORE' as const,
  externalId,
  customer: { id: customerId },
  amount: 4_250,
  currency: 'EUR',
  occurredAt: new Date(),
});

describe('events written by the statements that cause them', () => {
  it('a till purchase writes points.earned, with a delivery to each subscriber, in its own statement', async () => {
    const { endpoint } = await subscribe(['points.earned']);
    const other = await subscribe(['customer.created']);
    const customer = await makeCustomer(t.db);
    const { body } = await recordPurchase(t.db, sale(customer.id, 'T-1'));

    const [event, ...more] = await eventsOf('points.earned');
    expect(more).toEqual([]);
    expect(event!.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(event!.payload).toEqual({
      type: 'points.earned',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      data: {
        movementId: expect.any(String),
        customer: { id: customer.id, memberCode: customer.memberCode },
        points: body.purchase.pointsEarned,
        channel: 'STORE',
        qualifying: true,
        source: { type: 'PURCHASE', id: body.purchase.id },
        purchase: {
          id: body.purchase.id,
          externalId: 'T-1',
          shopId,
          amount: 4_250,
          currency: 'EUR',
        },
        occurredAt: expect.any(String),
      },
    });
    expect(event!.deliveries.map((d) => [d.endpointId, d.status, d.attempts])).toEqual([
      [endpoint.id, 'PENDING', 0],
    ]);
    // customer.created went to the other endpoint only, with no personal data.
    const [created] = await eventsOf('customer.created');
    expect(created!.deliveries.map((d) => d.endpointId)).toEqual([other.endpoint.id]);
    expect(JSON.stringify(created!.payload)).not.toContain(customer.email);
  });

  it('a purchase rolled back leaves no event', async () => {
    await subscribe(['points.earned']);
    const customer = await makeCustomer(t.db);
    const before = (await eventsOf('points.earned')).length;
    await expect(
      t.db.$transaction(async (tx) => {
        await recordPurchase(tx, sale(customer.id, 'T-rolled-back'));
        expect((await tx.webhookEvent.count({ where: { type: 'points.earned' } })) - before).toBe(
          1,
        );
        throw new Error('the till’s transaction fails after the purchase');
      }),
    ).rejects.toThrow('fails after');
    expect(await eventsOf('points.earned')).toHaveLength(before);
  });

  it('writes nothing for a type no enabled endpoint receives', async () => {
    await subscribe(['points.earned'], false);
    await subscribe(['tier.changed']);
    const events = await t.db.webhookEvent.count();
    const customer = await makeCustomer(t.db);
    await recordPurchase(t.db, sale(customer.id, 'T-nobody'));
    expect(await t.db.webhookEvent.count()).toBe(events);
  });

  it('customer.deleted carries her id only, never what was erased', async () => {
    await subscribe(['customer.deleted']);
    const customer = await makeCustomer(t.db, { phone: '+33612345678' });
    await t.db.$transaction((tx) =>
      eraseCustomer(tx, { customerId: customer.id, actor: { type: 'SYSTEM' } }),
    );
    const [event] = await eventsOf('customer.deleted');
    expect(event!.payload).toMatchObject({ data: { customer: { id: customer.id } } });
    const text = JSON.stringify(event!.payload);
    for (const personal of [customer.email, customer.memberCode, '+33612345678'])
      expect(text).not.toContain(personal);
  });
});

describe('endpoints', () => {
  it('rotates a secret with a day of overlap: deliveries are signed with both', async () => {
    const { endpoint, secret } = await subscribe(['points.earned']);
    const now = new Date();
    const rotated = await t.db.$transaction((tx) =>
      rotateEndpointSecret(tx, { endpointId: endpoint.id, staffUserId, now }),
    );
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.previousSecretUntil.getTime() - now.getTime()).toBe(24 * 3600 * 1000);
    await t.db.$transaction((tx) => sendTestEvent(tx, { endpointId: endpoint.id, staffUserId }));
    const [claimed] = await claimDueDeliveries(t.db, { leaseSeconds: 60 });
    expect(claimed!.secrets).toEqual([rotated.secret, secret]);
    // A day later, the old secret signs nothing more.
    await t.db.webhookDelivery.updateMany({ data: { status: 'PENDING' } });
    const later = new Date(now.getTime() + 24 * 3600 * 1000 + 1);
    const [next] = await claimDueDeliveries(t.db, { leaseSeconds: 60, now: later });
    expect(next!.secrets).toEqual([rotated.secret]);
  });

  it('audits every change without the secret', async () => {
    const { endpoint, secret } = await subscribe(['code.issued']);
    await t.db.$transaction((tx) =>
      updateEndpoint(tx, {
        endpointId: endpoint.id,
        url: 'https://receiver.example/v2',
        description: 'CRM',
        events: ['code.issued', 'code.redeemed'],
        enabled: false,
        staffUserId,
      }),
    );
    const { secret: rotated } = await t.db.$transaction((tx) =>
      rotateEndpointSecret(tx, { endpointId: endpoint.id, staffUserId }),
    );
    const audit = await listAuditEntries(t.db, {
      target: { type: 'webhook_endpoint', id: endpoint.id },
    });
    expect(audit.items.map((entry) => entry.action).sort()).toEqual([
      'webhook_endpoint.create',
      'webhook_endpoint.rotate_secret',
      'webhook_endpoint.update',
    ]);
    const text = JSON.stringify(audit.items);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(rotated);
  });
});

describe('every event type', () => {
  it('has its trigger write its payload, naming the customer by id and member code only', async () => {
    await subscribe([...ALL_TYPES]);
    const customer = await makeCustomer(t.db);
    const member = { id: customer.id, memberCode: customer.memberCode };
    const now = Date.now();

    // A reward claimed and its code redeemed at a till, through their use cases.
    const reward = await makeReward(t.db, { pointsCost: 50 });
    await givePoints(t.db, customer.id, 100);
    const claimed = await claimReward(t.db, {
      customerId: customer.id,
      rewardId: reward.id,
      channel: 'APP',
      actor: { type: 'CUSTOMER', id: customer.id },
    }).then(({ body }) => body);
    await redeemCode(t.db, {
      code: claimed.code,
      basketAmount: 5_000,
      currency: 'EUR',
      channel: 'STORE',
      shopId,
    });
    await recordPurchase(t.db, sale(customer.id, 'T-all-types'));
    // The other sources, written as their use cases write them.
    const { tierId } = await t.db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    await t.db.tierChange.create({
      data: { customerId: customer.id, toTierId: tierId, reason: 'PINNED', qualifyingFigure: 0 },
    });
    const privateSale = await t.db.privateSale.create({
      data: {
        nameEn: 'VIP',
        nameFr: 'VIP',
        startsAt: new Date(now - 3_600_000),
        endsAt: new Date(now + 3_600_000),
        capacity: 10,
      },
    });
    const invitation = await t.db.invitation.create({
      data: {
        privateSaleId: privateSale.id,
        customerId: customer.id,
        code: `INV-${String(now).slice(-12)}`,
      },
    });
    await t.db.invitation.update({
      where: { id: invitation.id },
      data: { status: 'CHECKED_IN', checkedInAt: new Date(), checkedInShopId: shopId },
    });
    const game = await makeGame(t.db);
    await t.db.gamePlay.create({
      data: {
        id: randomUUID(),
        gameId: game.id,
        customerId: customer.id,
        day: new Date(),
        via: 'DRAW',
        prizeId: 'p1',
        points: 10,
      },
    });
    // A quiz wins when it ends with points.
    const quiz = await t.db.gamePlay.create({
      data: {
        id: randomUUID(),
        gameId: game.id,
        customerId: customer.id,
        day: new Date(),
        via: 'QUIZ',
      },
    });
    await t.db.gamePlay.update({
      where: { id: quiz.id },
      data: { quizEndedAt: new Date(), points: 3 },
    });
    const contest = await t.db.contest.create({
      data: {
        slug: `contest-${now}`,
        titleEn: 'C',
        titleFr: 'C',
        textEn: '',
        textFr: '',
        rulesEn: '',
        rulesFr: '',
        disclaimerEn: '',
        disclaimerFr: '',
        startsAt: new Date(now - 3_600_000),
        endsAt: new Date(now + 3_600_000),
        winnerCount: 1,
        hashtag: 'fidele',
        prizePoints: 100,
      },
    });
    const entry = await t.db.contestEntry.create({
      data: {
        contestId: contest.id,
        network: 'INSTAGRAM',
        postUrl: `https://instagram.example/p/${now}`,
        handle: 'h',
        source: 'IMPORT',
        customerId: customer.id,
        number: 1,
      },
    });
    await t.db.contestWinner.create({
      data: {
        contestId: contest.id,
        pick: 1,
        entryId: entry.id,
        customerId: customer.id,
        person: 'h',
      },
    });
    // A winner imported before she joined wins when she joins.
    const imported = await t.db.contestEntry.create({
      data: {
        contestId: contest.id,
        network: 'INSTAGRAM',
        postUrl: `https://instagram.example/p/${now}-2`,
        handle: 'h2',
        source: 'IMPORT',
      },
    });
    const pending = await t.db.contestWinner.create({
      data: { contestId: contest.id, pick: 2, entryId: imported.id, person: 'h2' },
    });
    await t.db.contestWinner.update({
      where: { id: pending.id },
      data: { customerId: customer.id },
    });
    await t.db.$transaction((tx) =>
      eraseCustomer(tx, { customerId: customer.id, actor: { type: 'SYSTEM' } }),
    );

    const events = await t.db.webhookEvent.findMany({
      where: { payload: { path: ['data', 'customer', 'id'], equals: customer.id } },
      orderBy: { createdAt: 'asc' },
    });
    const data = (type: string) =>
      events
        .filter((event) => event.type === type)
        .map((event) => (event.payload as { data: Record<string, unknown> }).data);
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(ALL_TYPES));
    expect(data('points.redeemed')).toEqual([
      expect.objectContaining({ customer: member, points: 50, channel: 'APP' }),
    ]);
    expect(data('code.issued')).toEqual([
      expect.objectContaining({
        customer: member,
        rewardId: reward.id,
        pointsCost: 50,
        last4: claimed.code.slice(-4),
      }),
    ]);
    expect(JSON.stringify(events)).not.toContain(claimed.code);
    expect(data('code.redeemed')).toEqual([
      expect.objectContaining({ customer: member, shopId, basketAmount: 5_000, currency: 'EUR' }),
    ]);
    expect(data('tier.changed')).toEqual([
      expect.objectContaining({ customer: member, reason: 'PINNED' }),
    ]);
    expect(data('invitation.checked_in')).toEqual([
      expect.objectContaining({ customer: member, invitationId: invitation.id, shopId }),
    ]);
    expect(data('play.won')).toEqual([
      expect.objectContaining({ customer: member, gameId: game.id, prizeId: 'p1', points: 10 }),
      expect.objectContaining({ customer: member, playId: quiz.id, prizeId: null, points: 3 }),
    ]);
    expect(data('contest.won')).toEqual([
      expect.objectContaining({ customer: member, contestId: contest.id, pick: 1 }),
      expect.objectContaining({ customer: member, winnerId: pending.id, pick: 2 }),
    ]);
  });
});

describe('history', () => {
  it('forgets deliveries finished a month ago, with their attempts and events, and keeps the rest', async () => {
    const { endpoint } = await subscribe(['customer.created']);
    for (let i = 0; i < 4; i++) await makeCustomer(t.db);
    const deliveries = await t.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    const [done, failed, waiting, replayed] = deliveries.map((delivery) => delivery.id);
    await t.db.webhookDelivery.updateMany({
      where: { id: { in: [done!, failed!, replayed!] } },
      data: { status: 'SUCCEEDED', createdAt: old },
    });
    await t.db.webhookDelivery.update({ where: { id: failed! }, data: { status: 'FAILED' } });
    await t.db.webhookDelivery.update({ where: { id: waiting! }, data: { createdAt: old } });
    for (const [deliveryId, startedAt] of [
      [done!, old],
      [replayed!, new Date()],
    ] as const)
      await t.db.webhookAttempt.create({
        data: { deliveryId, startedAt, durationMs: 1, requestHeaders: {}, requestBody: '{}' },
      });
    await t.db.webhookEvent.updateMany({
      where: { deliveries: { some: { endpointId: endpoint.id } } },
      data: { createdAt: old },
    });

    expect(await purgeWebhookHistory(t.db)).toEqual({ deliveries: 2, events: 2 });
    const left = await t.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    expect(left.map((delivery) => delivery.id).sort()).toEqual([waiting!, replayed!].sort());
    expect(await t.db.webhookAttempt.count({ where: { deliveryId: done! } })).toBe(0);
  });
});
