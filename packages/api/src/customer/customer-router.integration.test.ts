import { getCustomerSummary } from '@fidele/core/customers';
import { recordMovement } from '@fidele/core/ledger';
import { recordPurchase } from '@fidele/core/purchases';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerFactory, type Context } from '../trpc.ts';
import { customerRouter } from './index.ts';

let t: TestDatabase;
const createCaller = createCallerFactory(customerRouter);
const callerFor = (customer?: { id: string }) => {
  const ctx: Context = { db: t.db, customer, response: {} };
  return createCaller(ctx);
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const signUp = (email: string) =>
  callerFor().signUp({
    email,
    password: 'correct horse battery',
    firstName: 'Camille',
    lastName: '',
    locale: 'fr',
  });

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

  it('refuses a second sign-up with the same email as customer_exists', async () => {
    await signUp('twice@example.com');
    await expect(signUp('twice@example.com')).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'customer_exists' },
    });
  });

  it('refuses a short password', async () => {
    await expect(
      callerFor().signUp({
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
    await t.db.$transaction((tx) =>
      recordPurchase(tx, {
        shopId: shop.id,
        channel: 'STORE',
        externalId: 'R-1',
        customer,
        amount: 4_500,
        currency: 'EUR',
        occurredAt: new Date(),
      }),
    );
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
