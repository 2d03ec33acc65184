import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeStaffUser } from '../testing/index.ts';
import { createShop } from '../shops/index.ts';
import { type ApiKeyCache, createApiKeyCache, issueApiKey, revokeApiKey } from './index.ts';

let t: TestDatabase;
let staffUserId: string;
let shopId: string;
// Two API processes: each has its own cache and its own LISTEN connection.
let first: ApiKeyCache;
let second: ApiKeyCache;

const issue = (name: string) =>
  t.db.$transaction((tx) => issueApiKey(tx, { shopId, name, staffUserId }));

const untilListening = (cache: ApiKeyCache) =>
  vi.waitFor(() => expect(cache.listening).toBe(true), { timeout: 5_000, interval: 20 });

/**
 * Whether the cache answers for `key` from memory: the database's lookup would write the key's
 * last use again once it is cleared, a memory hit does not within the minute.
 */
const fromMemory = async (cache: ApiKeyCache, issued: { id: string; key: string }) => {
  await cache.authenticate(issued.key);
  await t.db.apiKey.update({ where: { id: issued.id }, data: { lastUsedAt: null } });
  await Promise.all(Array.from({ length: 20 }, () => cache.authenticate(issued.key)));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const read = await t.db.apiKey.findUniqueOrThrow({ where: { id: issued.id } });
  return read.lastUsedAt === null;
};

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'OWNER' })).id;
  shopId = (
    await t.db.$transaction((tx) =>
      createShop(tx, { name: 'Nantes', kind: 'STORE', city: 'Nantes', staffUserId }),
    )
  ).id;
  first = createApiKeyCache(t.db, t.url);
  second = createApiKeyCache(t.db, t.url);
  await untilListening(first);
  await untilListening(second);
});
afterAll(async () => {
  await first.close();
  await second.close();
  await t.drop();
});

describe('API keys in memory', () => {
  it('authenticates a known key from memory once it has been read', async () => {
    const issued = await issue('Till 1');
    await expect(first.authenticate(issued.key)).resolves.toMatchObject({ shop: { id: shopId } });
    expect(await fromMemory(first, issued)).toBe(true);
  });

  it('stops a revoked key on every process within milliseconds', async () => {
    const issued = await issue('Till 2');
    expect(await fromMemory(first, issued)).toBe(true);
    expect(await fromMemory(second, issued)).toBe(true);

    await t.db.$transaction((tx) => revokeApiKey(tx, { apiKeyId: issued.id, staffUserId }));
    const revokedAt = Date.now();
    await vi.waitFor(
      async () => {
        await expect(first.authenticate(issued.key)).rejects.toMatchObject({
          code: 'unauthorized',
        });
        await expect(second.authenticate(issued.key)).rejects.toMatchObject({
          code: 'unauthorized',
        });
      },
      { timeout: 1_000, interval: 5 },
    );
    expect(Date.now() - revokedAt).toBeLessThan(1_000);
  });

  it('sees a change of scopes and of the shop at once', async () => {
    const issued = await issue('Till 3');
    expect(await fromMemory(first, issued)).toBe(true);
    await t.db.apiKey.update({ where: { id: issued.id }, data: { scopes: ['customers:read'] } });
    await vi.waitFor(
      async () => expect((await first.authenticate(issued.key)).scopes).toEqual(['customers:read']),
      { timeout: 1_000, interval: 5 },
    );
    await t.db.shop.update({ where: { id: shopId }, data: { name: 'Nantes Centre' } });
    await vi.waitFor(
      async () => expect((await first.authenticate(issued.key)).shop.name).toBe('Nantes Centre'),
      { timeout: 1_000, interval: 5 },
    );
  });

  it('refuses unknown keys without keeping them', async () => {
    await expect(first.authenticate('fdl_live_unknown')).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(first.authenticate(undefined)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('writes a key’s last use when it reads it, then at most once a minute', async () => {
    const issued = await issue('Till 4');
    await t.db.apiKey.update({ where: { id: issued.id }, data: { lastUsedAt: null } });
    await first.authenticate(issued.key);
    const read = await t.db.apiKey.findUniqueOrThrow({ where: { id: issued.id } });
    expect(read.lastUsedAt).toBeInstanceOf(Date);
    expect(await fromMemory(first, issued)).toBe(true);
  });

  it('keeps nothing while it cannot listen', async () => {
    const issued = await issue('Till 5');
    const deaf = createApiKeyCache(t.db, 'postgresql://postgres@127.0.0.1:1/nowhere');
    try {
      await expect(deaf.authenticate(issued.key)).resolves.toMatchObject({ shop: { id: shopId } });
      expect(deaf.listening).toBe(false);
      expect(await fromMemory(deaf, issued)).toBe(false);
    } finally {
      await deaf.close();
    }
  });
});
