import { makeStaffUser } from '../testing/index.ts';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../audit/index.ts';
import { createShop, listShops } from '../shops/index.ts';
import { authenticateApiKey, issueApiKey, listApiKeys, revokeApiKey } from './index.ts';

let t: TestDatabase;
let staffUserId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const staff = await makeStaffUser(t.db, { role: 'OWNER', name: 'Olga Owner' });
  staffUserId = staff.id;
});
afterAll(() => t.drop());

describe('API keys of a shop', () => {
  it('creates a shop, issues a key once, lists it without secrets and revokes it', async () => {
    const shop = await t.db.$transaction((tx) =>
      createShop(tx, { name: 'Lyon Part-Dieu', kind: 'STORE', city: 'Lyon', staffUserId }),
    );
    expect(shop).toMatchObject({ name: 'Lyon Part-Dieu', currency: 'EUR', activeApiKeys: 0 });

    const issued = await t.db.$transaction((tx) =>
      issueApiKey(tx, { shopId: shop.id, name: 'Till 1', staffUserId }),
    );
    expect(issued.key).toMatch(/^fdl_live_/);
    expect(issued.key.startsWith(issued.prefix)).toBe(true);
    await expect(authenticateApiKey(t.db, issued.key)).resolves.toMatchObject({
      shop: { id: shop.id },
    });

    const [listed] = await listApiKeys(t.db, shop.id);
    expect(listed).toMatchObject({ id: issued.id, name: 'Till 1', revokedAt: null });
    expect(listed?.lastUsedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(listed)).not.toContain(issued.key);
    expect((await listShops(t.db))[0]?.activeApiKeys).toBe(1);

    const revoked = await t.db.$transaction((tx) =>
      revokeApiKey(tx, { apiKeyId: issued.id, staffUserId }),
    );
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    await expect(authenticateApiKey(t.db, issued.key)).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(
      t.db.$transaction((tx) => revokeApiKey(tx, { apiKeyId: issued.id, staffUserId })),
    ).rejects.toMatchObject({ code: 'api_key_revoked' });

    const audit = await listAuditEntries(t.db, {});
    expect(audit.items.map((e) => e.action)).toEqual([
      'api-key.revoke',
      'api-key.create',
      'shop.create',
    ]);
    expect(audit.items[0]?.actor).toMatchObject({
      type: 'STAFF',
      id: staffUserId,
      name: 'Olga Owner',
    });
    const forShop = await listAuditEntries(t.db, { target: { type: 'shop', id: shop.id } });
    expect(forShop.items).toHaveLength(1);
  });

  it('refuses a key for an unknown shop', async () => {
    await expect(
      t.db.$transaction((tx) =>
        issueApiKey(tx, {
          shopId: '00000000-0000-4000-8000-000000000000',
          name: 'Ghost',
          staffUserId,
        }),
      ),
    ).rejects.toMatchObject({ code: 'shop_not_found' });
  });
});

describe('the last use of a key', () => {
  it('is written at most once a minute, however many requests arrive at once', async () => {
    const shop = await t.db.$transaction((tx) =>
      createShop(tx, { name: 'Busy till', kind: 'STORE', staffUserId }),
    );
    const issued = await t.db.$transaction((tx) =>
      issueApiKey(tx, { shopId: shop.id, name: 'Till 1', staffUserId }),
    );
    await t.db.$executeRawUnsafe(`CREATE TABLE key_writes (id uuid)`);
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION count_key_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO key_writes VALUES (NEW.id); RETURN NEW; END $$`);
    await t.db.$executeRawUnsafe(`
      CREATE TRIGGER count_key_write AFTER UPDATE ON "ApiKey" FOR EACH ROW EXECUTE FUNCTION count_key_write()`);
    const writes = async () =>
      (await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM key_writes`)[0]!.n;

    await Promise.all(Array.from({ length: 200 }, () => authenticateApiKey(t.db, issued.key)));
    expect(await writes()).toBe(1);
    // A minute later, the next burst writes it once more.
    await t.db
      .$executeRaw`UPDATE "ApiKey" SET "lastUsedAt" = now() - interval '61 seconds' WHERE id = ${issued.id}::uuid`;
    await t.db.$executeRaw`DELETE FROM key_writes`;
    await Promise.all(Array.from({ length: 200 }, () => authenticateApiKey(t.db, issued.key)));
    expect(await writes()).toBe(1);
  });
});
