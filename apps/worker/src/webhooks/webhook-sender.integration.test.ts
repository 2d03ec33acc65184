import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEndpoint, verifyDelivery } from '@fidele/core/outbound-webhooks';
import { makeCustomer, makeStaffUser } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import type { Email } from '@fidele/messaging';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendDueWebhooks, webhookSenderSettings } from './webhook-sender.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

type Received = { id: string; timestamp: string; signature: string; body: string };

/** A local receiver: records every delivery and answers with `answer(n)` (n from 0). */
const startReceiver = async (answer: (n: number) => { status: number; delayMs?: number }) => {
  const received: Received[] = [];
  const header = (request: IncomingMessage, name: string) => String(request.headers[name] ?? '');
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { status, delayMs } = answer(received.length);
    received.push({
      id: header(request, 'webhook-id'),
      timestamp: header(request, 'webhook-timestamp'),
      signature: header(request, 'webhook-signature'),
      body: Buffer.concat(chunks).toString('utf8'),
    });
    if (delayMs) await sleep(delayMs);
    response.writeHead(status).end(status < 300 ? 'ok' : 'not now');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
};

let t: TestDatabase;
let staffUserId: string;
const sent: Email[] = [];
const log = pino({ level: 'silent' });

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'OWNER', passwordHash: 'x' })).id;
});
afterAll(() => t.drop());
beforeEach(async () => {
  await t.db.webhookEndpoint.deleteMany();
});

const subscribe = (url: string, events = ['customer.created']) =>
  t.db.$transaction((tx) =>
    createEndpoint(tx, { url, description: '', events, enabled: true, staffUserId }),
  );

const worker = (settings = webhookSenderSettings(60), fetchImpl?: typeof fetch) => ({
  db: t.db,
  log,
  settings,
  owners: {
    mailer: { send: async (email: Email) => void sent.push(email) },
    adminUrl: 'http://admin.test',
  },
  fetchImpl,
});

/** The time of a delivery's next attempt comes now, as if its wait had passed. */
const skipWait = () => t.db.webhookDelivery.updateMany({ data: { nextAttemptAt: new Date(0) } });

describe('sending webhooks', () => {
  it('a receiver failing 3 times then answering gets the event once it succeeds, signed, under one id', async () => {
    const receiver = await startReceiver((n) => ({ status: n < 3 ? 503 : 200 }));
    const { endpoint, secret } = await subscribe(receiver.url);
    await makeCustomer(t.db);
    const [event] = await t.db.webhookEvent.findMany({
      where: { deliveries: { some: { endpointId: endpoint.id } } },
    });

    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const before = Date.now();
      expect(await sendDueWebhooks(worker())).toBe(1);
      const delivery = await t.db.webhookDelivery.findFirstOrThrow({
        where: { endpointId: endpoint.id },
      });
      if (attempt < 4) {
        expect(delivery.status).toBe('PENDING');
        waits.push(Math.round((delivery.nextAttemptAt.getTime() - before) / 1000));
        expect(await sendDueWebhooks(worker())).toBe(0); // not before its time
        await skipWait();
      } else expect(delivery.status).toBe('SUCCEEDED');
    }
    expect(waits).toEqual([5, 300, 1800]);

    expect(receiver.received.map((r) => r.id)).toEqual(Array(4).fill(event!.id));
    const last = receiver.received.at(-1)!;
    expect(JSON.parse(last.body)).toEqual(event!.payload);
    expect(
      verifyDelivery({
        secret,
        headers: last,
        body: last.body,
        now: Math.floor(Date.now() / 1000),
      }),
    ).toBe(true);

    const attempts = await t.db.webhookAttempt.findMany({ orderBy: { id: 'asc' } });
    expect(attempts.map((a) => a.responseStatus)).toEqual([503, 503, 503, 200]);
    expect(attempts[3]).toMatchObject({ responseBody: 'ok', requestBody: last.body });
    expect(attempts[3]!.requestHeaders).toMatchObject({ 'webhook-id': event!.id });
    expect(
      (await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince,
    ).toBeNull();
    await receiver.close();
  });

  it('gives up after the schedule, and switches an endpoint off after 5 days of failures, telling the owners', async () => {
    const receiver = await startReceiver(() => ({ status: 500 }));
    const { endpoint } = await subscribe(receiver.url);
    await makeCustomer(t.db);
    for (let attempt = 1; attempt <= 8; attempt++) {
      await sendDueWebhooks(worker());
      await skipWait();
    }
    const delivery = await t.db.webhookDelivery.findFirstOrThrow({
      where: { endpointId: endpoint.id },
    });
    expect([delivery.status, delivery.attempts]).toEqual(['FAILED', 8]);
    expect(
      (await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled,
    ).toBe(true);

    // Five days of failures later, the next failure switches it off.
    await t.db.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - 5 * 24 * 3600 * 1000) },
    });
    await makeCustomer(t.db);
    sent.length = 0;
    await sendDueWebhooks(worker());
    const off = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(off.enabled).toBe(false);
    expect(off.disabledForFailuresAt).not.toBeNull();
    expect(sent.map((email) => email.subject)).toEqual(['A webhook endpoint was switched off']);
    expect(sent[0]!.html).toContain(`http://admin.test/webhooks/${endpoint.id}`);
    await receiver.close();
  });

  it('two workers at once send every event once, each under its own id', async () => {
    const receiver = await startReceiver(() => ({ status: 200, delayMs: 5 }));
    await subscribe(receiver.url);
    for (let i = 0; i < 60; i++) await makeCustomer(t.db);
    const settings = { ...webhookSenderSettings(60), batch: 7 };
    await Promise.all([sendDueWebhooks(worker(settings)), sendDueWebhooks(worker(settings))]);

    const ids = receiver.received.map((r) => r.id);
    const events = await t.db.webhookEvent.findMany({
      where: { type: 'customer.created', deliveries: { some: {} } },
    });
    expect(ids).toHaveLength(60);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    expect(await t.db.webhookDelivery.count({ where: { status: 'SUCCEEDED', attempts: 1 } })).toBe(
      60,
    );
    await receiver.close();
  });

  it('a worker stopped mid-flight loses nothing: its deliveries go again under the same ids once its lease ends', async () => {
    const receiver = await startReceiver(() => ({ status: 200 }));
    await subscribe(receiver.url);
    for (let i = 0; i < 5; i++) await makeCustomer(t.db);
    const events = await t.db.webhookEvent.findMany({ where: { deliveries: { some: {} } } });

    // The first worker takes everything, then hangs (a dead process's requests never answer).
    const releases: ((response: Response) => void)[] = [];
    const hanging = (() =>
      new Promise<Response>((resolve) => releases.push(resolve))) as typeof fetch;
    const stopped = sendDueWebhooks(worker({ ...webhookSenderSettings(2), batch: 20 }, hanging));
    await sleep(200);
    expect(await sendDueWebhooks(worker())).toBe(0); // still leased
    await sleep(2_100);
    expect(await sendDueWebhooks(worker())).toBe(5);

    expect(receiver.received.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort());
    const deliveries = await t.db.webhookDelivery.findMany();
    expect(deliveries.map((d) => [d.status, d.attempts])).toEqual(Array(5).fill(['SUCCEEDED', 2]));
    // The first worker coming back late records nothing over the second's outcome.
    for (const release of releases) release(new Response('late', { status: 500 }));
    await stopped;
    expect(await t.db.webhookDelivery.count({ where: { status: 'SUCCEEDED' } })).toBe(5);
    expect(await t.db.webhookAttempt.count()).toBe(5);
    await receiver.close();
  });
});

describe('the worker process', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  const startWorker = (databaseUrl: string) =>
    spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        SMTP_URL: 'smtp://127.0.0.1:9',
        MESSAGE_LINK_SECRET: 'a-test-secret-for-unsubscribe-links',
        WEBHOOK_LEASE_SECONDS: '3',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });

  it('killed mid-flight and started again, delivers every event, none under a new id', async () => {
    const receiver = await startReceiver(() => ({ status: 200, delayMs: 100 }));
    await subscribe(receiver.url);
    for (let i = 0; i < 100; i++) await makeCustomer(t.db);
    const events = await t.db.webhookEvent.findMany({ where: { deliveries: { some: {} } } });

    child = startWorker(t.url);
    while (receiver.received.length < 10) await sleep(20);
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    child = startWorker(t.url);
    for (let waited = 0; waited < 45_000; waited += 200) {
      if ((await t.db.webhookDelivery.count({ where: { status: 'SUCCEEDED' } })) === 100) break;
      await sleep(200);
    }
    child.kill('SIGKILL');

    const ids = receiver.received.map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    // Only the requests in flight when it was killed may come twice (same id: the receiver's dedup).
    expect(ids.length - new Set(ids).size).toBeLessThanOrEqual(20);
    expect(await t.db.webhookDelivery.count({ where: { status: 'SUCCEEDED' } })).toBe(100);
    expect(await t.db.webhookEvent.count({ where: { type: 'customer.created' } })).toBe(
      await t.db.customer.count(),
    );
    await receiver.close();
  }, 90_000);
});
