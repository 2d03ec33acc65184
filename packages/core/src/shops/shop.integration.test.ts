import { makeStaffUser } from '../testing/index.ts';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../audit/index.ts';
import { createShop, getShop, listShops } from './index.ts';

let t: TestDatabase;
let staffUserId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const staff = await makeStaffUser(t.db, { role: 'OWNER', name: 'Olga Owner' });
  staffUserId = staff.id;
});
afterAll(() => t.drop());

describe('shops', () => {
  it('creates a shop, audited, and lists shops by name', async () => {
    const created = await t.db.$transaction(async (tx) => [
      await createShop(tx, { name: 'Paris Marais', kind: 'STORE', city: 'Paris', staffUserId }),
      await createShop(tx, { name: 'E-shop', kind: 'ESHOP', currency: 'EUR', staffUserId }),
    ]);
    expect(created[0]).toMatchObject({ name: 'Paris Marais', city: 'Paris', activeApiKeys: 0 });
    expect((await listShops(t.db)).map((s) => s.name)).toEqual(['E-shop', 'Paris Marais']);
    await expect(getShop(t.db, created[1]!.id)).resolves.toMatchObject({ kind: 'ESHOP' });
    const audit = await listAuditEntries(t.db, { target: { type: 'shop', id: created[0]!.id } });
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'shop.create',
        actor: expect.objectContaining({ type: 'STAFF', id: staffUserId, name: 'Olga Owner' }),
        target: expect.objectContaining({
          type: 'shop',
          id: created[0]!.id,
          name: 'Paris Marais',
          context: 'Paris',
        }),
        data: { name: 'Paris Marais', kind: 'STORE', city: 'Paris', currency: 'EUR' },
      }),
    ]);
  });

  it('refuses an unknown shop', async () => {
    await expect(getShop(t.db, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'shop_not_found',
    });
  });
});
