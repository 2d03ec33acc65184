import {
  type EnrolmentMail,
  type EnrolmentRecipient,
  getCustomerSummary,
} from '@fidele/core/customers';
import { recordMovement } from '@fidele/core/ledger';
import { recordPurchase } from '@fidele/core/purchases';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerFactory, type Context } from '../trpc.ts';
import { customerRouter } from './index.ts';

let t: TestDatabase;
const createCaller = createCallerFactory(customerRouter);
const callerFor = (customer?: { id: string }, extra: Partial<Context> = {}) => {
  const ctx: Context = { db: t.db, customer, response: {}, ...extra };
  return createCaller(ctx);
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

type Sent = { kind: keyof EnrolmentMail; to: EnrolmentRecipient };

/** The emails a sign-up asked the portal to send. */
const mailbox = () => {
  const sent: Sent[] = [];
  const mail: EnrolmentMail = {
    welcome: async (to) => void sent.push({ kind: 'welcome', to }),
    alreadyMember: async (to) => void sent.push({ kind: 'alreadyMember', to }),
  };
  return { sent, mail };
};

const signUpForm = (email: string) => ({
  email,
  password: 'correct horse battery',
  firstName: 'Camille',
  lastName: '',
  locale: 'fr' as const,
});

/** Signs up from an address of its own (each test stays under the per-address limit). */
const signUp = async (email: string, extra: Partial<Context> = {}) => {
  const clientAddress = `192.0.2.${Math.floor(Math.random() * 250)}-${email}`;
  await callerFor(undefined, { clientAddress, ...extra }).signUp(signUpForm(email));
  return t.db.customer.findUniqueOrThrow({
    where: { email: email.toLowerCase() },
    select: { id: true, memberCode: true },
  });
};

describe('customer router', () => {
  it('signs up, then shows the new member with an empty balance', async () => {
    const { id, memberCode } = await signUp('Camille@Example.com');
    const me = await callerFor({ id }).me();
    expect(me).toMatchObject({
      id,
      memberCode,
      email: 'camille@example.com',
      firstName: 'Camille',
      lastName: null,
      pointsBalance: 0,
      tier: { code: 'MEMBER' },
    });
    const stored = await t.db.customer.findUniqueOrThrow({
      where: { id },
      omit: { passwordHash: false },
    });
    expect(stored.locale).toBe('fr');
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await t.db.auditLog.findFirst({ where: { targetId: id } });
    expect(audit).toMatchObject({ actorType: 'CUSTOMER', action: 'customer.sign_up' });
  });

  it('answers a second sign-up with the same email alike, and mails the member instead', async () => {
    const first = mailbox();
    const { id } = await signUp('twice@example.com', { enrolmentMail: first.mail });
    expect(first.sent).toEqual([
      { kind: 'welcome', to: { email: 'twice@example.com', firstName: 'Camille', locale: 'fr' } },
    ]);
    const again = mailbox();
    const answer = await callerFor(undefined, {
      clientAddress: '192.0.2.77',
      enrolmentMail: again.mail,
    }).signUp({
      ...signUpForm('twice@example.com'),
      firstName: 'Mallory',
      password: 'another password',
    });
    expect(answer).toEqual({ status: 'check_email' });
    expect(again.sent).toEqual([
      {
        kind: 'alreadyMember',
        to: { email: 'twice@example.com', firstName: 'Camille', locale: 'fr' },
      },
    ]);
    // The member's account is untouched.
    const stored = await t.db.customer.findUniqueOrThrow({ where: { id } });
    expect(stored.firstName).toBe('Camille');
    expect(await t.db.customer.count({ where: { email: 'twice@example.com' } })).toBe(1);
  });

  it('answers a new email exactly as a taken one', async () => {
    const fresh = await callerFor(undefined, { clientAddress: '192.0.2.78' }).signUp(
      signUpForm('fresh@example.com'),
    );
    const taken = await callerFor(undefined, { clientAddress: '192.0.2.78' }).signUp(
      signUpForm('fresh@example.com'),
    );
    expect(fresh).toEqual(taken);
  });

  it('refuses the 11th sign-up from one address within the hour as rate_limited', async () => {
    const caller = callerFor(undefined, { clientAddress: '198.51.100.9' });
    for (let i = 0; i < 10; i++) await caller.signUp(signUpForm(`burst-${i}@example.com`));
    await expect(caller.signUp(signUpForm('burst-10@example.com'))).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      cause: { code: 'rate_limited' },
    });
    expect(await t.db.customer.count({ where: { email: 'burst-10@example.com' } })).toBe(0);
    await expect(
      callerFor(undefined, { clientAddress: '198.51.100.10' }).signUp(
        signUpForm('burst-10@example.com'),
      ),
    ).resolves.toEqual({ status: 'check_email' });
  });

  it('refuses a short password', async () => {
    await expect(
      callerFor(undefined, { clientAddress: '192.0.2.79' }).signUp({
        email: 'short@example.com',
        password: 'short',
        firstName: 'A',
        locale: 'en',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lists movements newest first with the running balance, by channel and by page', async () => {
    const { id } = await signUp('history@example.com');
    const shop = await t.db.shop.create({ data: { name: 'Paris Rivoli', kind: 'STORE' } });
    const customer = await getCustomerSummary(t.db, id);
    await recordPurchase(t.db, {
      shopId: shop.id,
      channel: 'STORE',
      externalId: 'R-1',
      customer,
      amount: 4_500,
      currency: 'EUR',
      occurredAt: new Date(),
    }).then(({ body }) => body);
    await t.db.$transaction((tx) =>
      recordMovement(tx, {
        customerId: id,
        type: 'EARN',
        channel: 'APP',
        points: 30,
        source: { type: 'GAME' },
      }),
    );
    await t.db.$transaction((tx) =>
      recordMovement(tx, {
        customerId: id,
        type: 'REDEEM',
        channel: 'ESHOP',
        points: -20,
        source: { type: 'REWARD' },
      }),
    );
    const caller = callerFor({ id });
    const { pointsBalance } = await caller.me();

    const all = await caller.movements({});
    expect(all.nextCursor).toBeNull();
    expect(all.items.map((m) => [m.channel, m.points])).toEqual([
      ['ESHOP', -20],
      ['APP', 30],
      ['STORE', 45],
    ]);
    expect(all.items[0]?.balanceAfter).toBe(pointsBalance);
    expect(all.items.map((m) => m.balanceAfter)).toEqual([55, 75, 45]);
    expect(all.items[2]?.purchase).toEqual({
      id: expect.any(String),
      shopName: 'Paris Rivoli',
      amount: 4_500,
      currency: 'EUR',
    });

    const store = await caller.movements({ channel: 'STORE' });
    expect(store.items).toHaveLength(1);

    const first = await caller.movements({ limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await caller.movements({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((m) => m.channel)).toEqual(['STORE']);
    expect(second.nextCursor).toBeNull();
  });

  it("reads her own purchase, and another customer's as none", async () => {
    const { id } = await signUp('purchase-owner@example.com');
    const shop = await t.db.shop.create({ data: { name: 'Lyon Part-Dieu', kind: 'STORE' } });
    const { purchase } = await recordPurchase(t.db, {
      shopId: shop.id,
      channel: 'STORE',
      externalId: 'R-OWN-1',
      customer: await getCustomerSummary(t.db, id),
      amount: 3_000,
      currency: 'EUR',
      occurredAt: new Date(),
    }).then(({ body }) => body);
    expect(await callerFor({ id }).purchases.get({ purchaseId: purchase.id })).toMatchObject({
      id: purchase.id,
      shopName: 'Lyon Part-Dieu',
      amount: 3_000,
    });
    const { id: otherId } = await signUp('purchase-other@example.com');
    await expect(
      callerFor({ id: otherId }).purchases.get({ purchaseId: purchase.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      callerFor({ id: otherId }).purchases.get({ purchaseId: 'not-an-id' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it("never shows another customer's movements", async () => {
    const { id } = await signUp('other@example.com');
    expect((await callerFor({ id }).movements({})).items).toEqual([]);
  });

  it('keeps the chosen language', async () => {
    const { id } = await signUp('locale@example.com');
    await callerFor({ id }).setLocale({ locale: 'en' });
    expect((await t.db.customer.findUniqueOrThrow({ where: { id } })).locale).toBe('en');
  });

  it('asks a visitor to sign in', async () => {
    await expect(callerFor().me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
