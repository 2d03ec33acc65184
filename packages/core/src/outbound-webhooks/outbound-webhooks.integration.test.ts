import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../audit/index.ts';
import { eraseCustomer } from '../privacy/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import {
  createEndpoint,
  rotateEndpointSecret,
  sendTestEvent,
  updateEndpoint,
} from './endpoints.ts';
import { claimDueDeliveries } from './delivery-queue.ts';

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
