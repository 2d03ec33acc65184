import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMovement } from '../ledger/index.ts';
import { createCustomer, getCustomerProfile, searchCustomers } from './index.ts';

let t: TestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  const people = [
    { email: 'ana.lopez@example.com', firstName: 'Ana', lastName: 'López', phone: '+33612345678' },
    { email: 'ana.martin@example.com', firstName: 'Ana', lastName: 'Martin' },
    { email: 'bruno@example.com', firstName: 'Bruno', lastName: 'Lopez' },
    { email: 'chloe@example.com', firstName: 'Chloé' },
  ];
  for (const [i, person] of people.entries()) {
    const customer = await t.db.$transaction(async (tx) => {
      const created = await createCustomer(tx, { ...person, signUpSource: 'ORGANIC' });
      await recordMovement(tx, {
        customerId: created.id,
        type: 'EARN',
        channel: 'STORE',
        points: (i + 1) * 100,
        source: { type: 'TEST' },
      });
      return created;
    });
    ids[person.email] = customer.id;
  }
});
afterAll(() => t.drop());

describe('searchCustomers', () => {
  it('pages through everyone with the total', async () => {
    const first = await searchCustomers(t.db, {
      page: 1,
      pageSize: 3,
      sort: 'email',
      direction: 'asc',
    });
    expect(first.total).toBe(4);
    expect(first.items.map((c) => c.email)).toEqual([
      'ana.lopez@example.com',
      'ana.martin@example.com',
      'bruno@example.com',
    ]);
    const second = await searchCustomers(t.db, {
      page: 2,
      pageSize: 3,
      sort: 'email',
      direction: 'asc',
    });
    expect(second.items.map((c) => c.email)).toEqual(['chloe@example.com']);
  });

  it('finds by name words, email, phone and member code', async () => {
    const byName = await searchCustomers(t.db, { query: 'ana lóp' });
    expect(byName.items.map((c) => c.email)).toEqual(['ana.lopez@example.com']);
    expect((await searchCustomers(t.db, { query: 'BRUNO@' })).total).toBe(1);
    expect((await searchCustomers(t.db, { query: '612345' })).items[0]?.email).toBe(
      'ana.lopez@example.com',
    );
    const { memberCode } = await getCustomerProfile(t.db, ids['chloe@example.com']!);
    const byCode = await searchCustomers(t.db, { query: memberCode });
    expect(byCode.items.map((c) => c.email)).toEqual(['chloe@example.com']);
  });

  it('sorts by balance', async () => {
    const page = await searchCustomers(t.db, { sort: 'balance', direction: 'desc' });
    expect(page.items.map((c) => c.pointsBalance)).toEqual([400, 300, 200, 100]);
  });
});

describe('getCustomerProfile', () => {
  it('reads the profile with tier and balance, and refuses an unknown id', async () => {
    const profile = await getCustomerProfile(t.db, ids['bruno@example.com']!);
    expect(profile).toMatchObject({
      firstName: 'Bruno',
      pointsBalance: 300,
      tier: { code: 'MEMBER' },
    });
    await expect(
      getCustomerProfile(t.db, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'customer_not_found' });
  });
});
