import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCustomer, updateOwnProfile } from '../customers/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { ledgerViolations, makeCustomer, makeShop } from '../testing/index.ts';
import { awardBirthdayBonuses, birthdayCustomerIds } from './bonuses-birthday.ts';
import { awardBonus, type BonusKind } from './bonuses.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  const bonus = (kind: BonusKind, name: string, points: number) =>
    t.db.earnRule.create({ data: { kind, name, points } });
  await bonus('SIGNUP_BONUS', 'Welcome bonus', 50);
  await bonus('PROFILE_BONUS', 'Complete profile', 100);
  await bonus('BIRTHDAY_BONUS', 'Happy birthday', 200);
  await bonus('NEW_CHANNEL_BONUS', 'New channel', 75);
  await t.db.earnRule.create({
    data: { kind: 'BASE_RATE', name: 'Base', rate: 100, channels: ['STORE', 'ESHOP'] },
  });
});
afterAll(() => t.drop());

const bonusMovements = (customerId: string) =>
  t.db.movement.findMany({
    where: { customerId, sourceType: 'BONUS' },
    select: { sourceId: true, points: true, channel: true, reason: true },
    orderBy: { createdAt: 'asc' },
  });

describe('fixed-point bonuses', () => {
  it('gives the signup bonus on the portal sign-up, once', async () => {
    const customer = await signUpCustomer(t.db, {
      email: 'bonus-signup@example.com',
      passwordHash: 'hash',
      firstName: 'Ana',
      locale: 'en',
    });
    expect(customer.pointsBalance).toBe(50);
    const again = await t.db.$transaction((tx) =>
      awardBonus(tx, {
        customerId: customer.id,
        kind: 'SIGNUP_BONUS',
        channel: 'APP',
        at: new Date(),
      }),
    );
    expect(again).toBe(0);
    expect(await bonusMovements(customer.id)).toEqual([
      { sourceId: `signup:${customer.id}`, points: 50, channel: 'APP', reason: 'Welcome bonus' },
    ]);
  });

  it('ignores a rule limited to another channel', async () => {
    const customer = await makeCustomer(t.db);
    const rule = await t.db.earnRule.create({
      data: { kind: 'SIGNUP_BONUS', name: 'Till only', points: 999, channels: ['STORE'] },
    });
    const given = await t.db.$transaction((tx) =>
      awardBonus(tx, {
        customerId: customer.id,
        kind: 'SIGNUP_BONUS',
        channel: 'APP',
        at: new Date(),
      }),
    );
    await t.db.earnRule.update({ where: { id: rule.id }, data: { archivedAt: new Date() } });
    expect(given).toBe(50);
  });

  it('gives the profile bonus once the profile is complete, and only once', async () => {
    const customer = await makeCustomer(t.db);
    const base = { customerId: customer.id, firstName: 'Léa', lastName: 'Martin' };
    const partial = await updateOwnProfile(t.db, { ...base, phone: null, birthDate: null });
    expect(partial.bonusPoints).toBe(0);
    const complete = await updateOwnProfile(t.db, {
      ...base,
      phone: '+33611111111',
      birthDate: new Date('1990-05-04T00:00:00Z'),
    });
    expect(complete.bonusPoints).toBe(100);
    expect(complete.profile).toMatchObject({ phone: '+33611111111', lastName: 'Martin' });
    const resaved = await updateOwnProfile(t.db, {
      ...base,
      phone: '+33611111112',
      birthDate: new Date('1990-05-04T00:00:00Z'),
    });
    expect(resaved.bonusPoints).toBe(0);
    expect((await bonusMovements(customer.id)).map((m) => m.points)).toEqual([100]);
  });

  it('refuses a phone number another member uses', async () => {
    await makeCustomer(t.db, { phone: '+33622222222' });
    const customer = await makeCustomer(t.db);
    await expect(
      updateOwnProfile(t.db, {
        customerId: customer.id,
        firstName: 'Zoé',
        lastName: null,
        phone: '+33622222222',
        birthDate: null,
      }),
    ).rejects.toMatchObject({ code: 'phone_taken' });
  });

  it('gives the new-channel bonus on the first purchase of each channel only', async () => {
    const store = await makeShop(t.db);
    const eshop = await makeShop(t.db, { kind: 'ESHOP' });
    const customer = await makeCustomer(t.db);
    const buy = (shopId: string, channel: 'STORE' | 'ESHOP', externalId: string) =>
      recordPurchase(t.db, {
        shopId,
        channel,
        externalId,
        customer,
        amount: 2_000,
        currency: 'EUR',
        occurredAt: new Date(),
      }).then(({ status, body }) => ({ ...body, created: status === 201 }));
    const first = await buy(store.id, 'STORE', 'b-1');
    expect(first.purchase.pointsEarned).toBe(20);
    expect(first.purchase.customer?.pointsBalance).toBe(95);
    const stored = await t.db.purchase.findUniqueOrThrow({ where: { id: first.purchase.id } });
    expect(stored.pointsEarned).toBe(20);
    expect(stored.earnDetail).toEqual([
      expect.objectContaining({ step: 'BASE_RATE', points: 20 }),
      expect.objectContaining({ step: 'NEW_CHANNEL_BONUS', label: 'New channel', points: 75 }),
    ]);

    const second = await buy(store.id, 'STORE', 'b-2');
    expect(second.purchase.customer?.pointsBalance).toBe(115);
    const online = await buy(eshop.id, 'ESHOP', 'b-3');
    expect(online.purchase.customer?.pointsBalance).toBe(210);
    const resent = await buy(store.id, 'STORE', 'b-1');
    expect(resent.created).toBe(false);

    expect((await bonusMovements(customer.id)).map((m) => m.sourceId)).toEqual([
      `channel:${customer.id}:STORE`,
      `channel:${customer.id}:ESHOP`,
    ]);
  });

  it('gives birthday bonuses once a year, also when run twice at once', async () => {
    const born = (birthDate: string) =>
      makeCustomer(t.db).then(async (customer) => {
        await t.db.customer.update({
          where: { id: customer.id },
          data: { birthDate: new Date(`${birthDate}T00:00:00Z`) },
        });
        return customer;
      });
    const today = await born('1985-03-10');
    const leapling = await born('2000-02-29');
    const other = await born('1985-03-11');
    // 23:30 UTC on 9 March is already 10 March in Paris.
    const at = new Date('2027-03-09T23:30:00Z');

    const ids = await birthdayCustomerIds(t.db, at);
    expect(ids).toContain(today.id);
    expect(ids).not.toContain(other.id);
    expect(ids).not.toContain(leapling.id);

    const runs = await Promise.all([
      awardBirthdayBonuses(t.db, at),
      awardBirthdayBonuses(t.db, at),
    ]);
    expect(runs.reduce((sum, run) => sum + run.customers, 0)).toBe(ids.length);
    expect(await awardBirthdayBonuses(t.db, at)).toEqual({ customers: 0, points: 0 });
    expect(await bonusMovements(today.id)).toEqual([
      {
        sourceId: `birthday:${today.id}:2027`,
        points: 200,
        channel: 'APP',
        reason: 'Happy birthday',
      },
    ]);
    expect(await bonusMovements(other.id)).toEqual([]);

    // 2027 is not a leap year: 29 February birthdays are on 28 February; 2028 is.
    expect(await birthdayCustomerIds(t.db, new Date('2027-02-28T10:00:00Z'))).toContain(
      leapling.id,
    );
    expect(await birthdayCustomerIds(t.db, new Date('2028-02-28T10:00:00Z'))).not.toContain(
      leapling.id,
    );
    expect(await birthdayCustomerIds(t.db, new Date('2028-02-29T10:00:00Z'))).toContain(
      leapling.id,
    );

    // Next year is another bonus.
    await awardBirthdayBonuses(t.db, new Date('2028-03-10T10:00:00Z'));
    expect((await bonusMovements(today.id)).map((m) => m.points)).toEqual([200, 200]);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });
});
