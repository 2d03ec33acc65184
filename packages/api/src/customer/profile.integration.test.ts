import { makeCustomer } from '@fidele/core/testing';
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
  await t.db.earnRule.create({ data: { kind: 'PROFILE_BONUS', name: 'Profile', points: 50 } });
  await t.db.earnRule.create({ data: { kind: 'SIGNUP_BONUS', name: 'Welcome', points: 20 } });
});
afterAll(() => t.drop());

const complete = {
  firstName: 'Camille',
  lastName: 'Durand',
  phone: '+33 6 98 76 54 32',
  birthDate: '1992-02-29',
};

describe('customer profile', () => {
  it('gives the signup bonus to a portal sign-up', async () => {
    await callerFor().signUp({
      email: 'profile-signup@example.com',
      password: 'correct horse battery',
      firstName: 'Inès',
      locale: 'fr',
    });
    const { id } = await t.db.customer.findUniqueOrThrow({
      where: { email: 'profile-signup@example.com' },
    });
    expect((await callerFor({ id }).me()).pointsBalance).toBe(20);
  });

  it('saves the profile and says the bonus once it is complete', async () => {
    const customer = await makeCustomer(t.db);
    const caller = callerFor(customer);
    const first = await caller.profile.update({ ...complete, phone: '', birthDate: '' });
    expect(first.bonusPoints).toBe(0);
    const second = await caller.profile.update(complete);
    expect(second).toMatchObject({
      bonusPoints: 50,
      profile: { phone: '+33698765432', birthDate: new Date('1992-02-29T00:00:00Z') },
    });
    expect((await caller.profile.update(complete)).bonusPoints).toBe(0);
    expect(await caller.profile.get()).toMatchObject({
      email: customer.email,
      lastName: 'Durand',
      phone: '+33698765432',
    });
    expect((await caller.me()).pointsBalance).toBe(50);
  });

  it('refuses a phone that is not E.164 and a birth date in the future or before 1900', async () => {
    const caller = callerFor(await makeCustomer(t.db));
    for (const input of [
      { ...complete, phone: '0612345678' },
      { ...complete, birthDate: '2999-01-01' },
      { ...complete, birthDate: '1899-12-31' },
      { ...complete, birthDate: '1990-02-30' },
    ])
      await expect(caller.profile.update(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('is only for a signed-in customer', async () => {
    await expect(callerFor().profile.get()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
