import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createPrivateSale, inviteToPrivateSale } from '@fidele/core/private-sales';
import { makeShop, makeStaffUser } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { startSmtpSink } from '@fidele/messaging/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

const CUSTOMERS = 10_000;
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

let t: TestDatabase;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let worker: ChildProcess | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  sink = await startSmtpSink();
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await sink.close();
  await t.drop();
});

const startWorker = () => {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      SMTP_URL: sink.url,
      MESSAGE_LEASE_SECONDS: '10',
      MESSAGE_LINK_SECRET: 'a-test-secret-for-unsubscribe-links',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  worker = child;
  return child;
};

const count = (where: Parameters<TestDatabase['db']['message']['count']>[0]) =>
  t.db.message.count(where);

const until = async (what: () => Promise<boolean>, timeoutMs: number, everyMs = 200) => {
  const end = Date.now() + timeoutMs;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
};

it('sends 10,000 invitations exactly once to those who consented, through a worker killed mid-send', async () => {
  const shopId = (await makeShop(t.db, { name: 'Paris Marais' })).id;
  const staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  const tierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
  // Invitations only: the welcome automation would greet these 10,000 new members too.
  await t.db.messageAutomation.create({ data: { kind: 'WELCOME', enabled: false } });
  // Every tenth customer never agreed to hear from us by email.
  await t.db.$executeRaw`
      INSERT INTO "Customer" ("memberCode", email, "firstName", "tierId", "emailConsentAt")
      SELECT 'K' || lpad(n::text, 8, '0'), 'customer' || n || '@example.com', 'Customer ' || n,
             ${tierId}::uuid, CASE WHEN n % 10 = 0 THEN NULL ELSE now() END
      FROM generate_series(1, ${CUSTOMERS}) n`;
  await t.db.$transaction(
    async (tx) => {
      const sale = await createPrivateSale(tx, {
        data: {
          kind: 'PRIVATE_SALE',
          nameEn: 'Winter private sale',
          nameFr: "Vente privée d'hiver",
          textEn: 'Up to 40% off.',
          textFr: "Jusqu'à 40 %.",
          shopId,
          startsAt: new Date(Date.now() + 86_400_000),
          endsAt: new Date(Date.now() + 2 * 86_400_000),
          capacity: CUSTOMERS,
          channels: ['EMAIL'],
          tierIds: [tierId],
          segmentIds: [],
        },
        staffUserId,
        allShops: true,
      });
      await inviteToPrivateSale(tx, { id: sale.id, staffUserId, allShops: true });
    },
    { timeout: 60_000 },
  );
  const consenting = CUSTOMERS - CUSTOMERS / 10;
  expect(await count({ where: { status: 'QUEUED' } })).toBe(consenting);

  const first = startWorker();
  await until(async () => (await count({ where: { status: 'SENT' } })) >= consenting / 3, 120_000);
  // Killed while messages are being sent: some taken by a job, not yet recorded.
  await until(async () => (await count({ where: { status: 'SENDING' } })) > 0, 30_000, 5);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const sentBeforeKill = await count({ where: { status: 'SENT' } });
  const inFlight = await count({ where: { status: 'SENDING' } });
  expect(inFlight).toBeGreaterThan(0);
  expect(sentBeforeKill).toBeLessThan(consenting);

  startWorker();
  await until(async () => (await count({ where: { status: 'SENT' } })) === consenting, 300_000);
  worker!.kill('SIGTERM');

  // One recorded delivery per consenting customer, none for the others.
  const sent = await t.db.message.findMany({
    where: { status: 'SENT' },
    select: { id: true, customerId: true, resent: true, sentTo: true },
  });
  expect(new Set(sent.map((m) => m.customerId)).size).toBe(consenting);
  expect(sent.every((m) => !m.sentTo!.match(/^customer\d*0@/))).toBe(true);
  expect(await count({ where: { status: 'SKIPPED', hold: 'NO_CONSENT' } })).toBe(CUSTOMERS / 10);

  // The SMTP server saw every message under its id; an id seen twice is a resend the record names.
  const seen = new Map<string, number>();
  for (const { raw } of sink.received) {
    const id = /^Message-ID:\s*<([0-9a-f-]{36})@/im.exec(raw)?.[1];
    if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  expect(new Set(seen.keys())).toEqual(new Set(sent.map((m) => m.id)));
  // Each is a marketing email: RFC 8058's one-click unsubscribe, to its own signed link.
  expect(sink.received[0]!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  expect(sink.received[0]!.raw).toMatch(
    /^List-Unsubscribe:\s+<http:\/\/[^>]+\/api\/unsubscribe\//m,
  );
  const twice = [...seen].filter(([, times]) => times > 1).map(([id]) => id);
  const resent = sent.filter((m) => m.resent).map((m) => m.id);
  expect(twice.every((id) => resent.includes(id))).toBe(true);
  expect(resent.length).toBeLessThan(100);
  console.info(
    `outbox: ${sentBeforeKill} sent before the kill (${inFlight} in flight), ${consenting - sentBeforeKill} after; ${resent.length} resent, ${twice.length} received twice`,
  );
}, 500_000);
