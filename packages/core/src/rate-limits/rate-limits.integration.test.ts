import { createDb } from '@fidele/db';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRateLimit, consumeRateLimit, RateLimitedError, resetRateLimit } from './limiter.ts';
import type { RateLimitPolicy } from './policies.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const policy: RateLimitPolicy = { name: 'test', points: 3, duration: 60, blockDuration: 300 };

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error) => error,
  );

// The store is chosen by REDIS_URL, as in production: each run checks the one it has.
describe.skipIf(process.env.REDIS_URL)('rate limits on PostgreSQL (default)', () => {
  it('refuses past the points, with the wait of the block', async () => {
    for (let i = 0; i < 3; i++) await consumeRateLimit(t.db, policy, 'a@example.com');
    const error = await refusal(consumeRateLimit(t.db, policy, 'a@example.com'));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(290);
    expect((error as RateLimitedError).message).toBe('Too many attempts. Try again in 5 minutes.');
    await expect(consumeRateLimit(t.db, policy, 'b@example.com')).resolves.toBeUndefined();
  });

  it('counts every process together (one table, not memory)', async () => {
    const other = createDb(t.url, { max: 2 });
    try {
      await consumeRateLimit(t.db, policy, 'shared');
      await consumeRateLimit(other, policy, 'shared');
      await consumeRateLimit(t.db, policy, 'shared');
      await expect(consumeRateLimit(other, policy, 'shared')).rejects.toBeInstanceOf(
        RateLimitedError,
      );
      await expect(checkRateLimit(t.db, policy, 'shared')).rejects.toBeInstanceOf(RateLimitedError);
      // Hashed subjects: the store holds no email or address in clear.
      const keys = await t.db.rateLimit.findMany({ select: { key: true } });
      expect(keys.some(({ key }) => key.includes('shared') || key.includes('@'))).toBe(false);
    } finally {
      await other.$disconnect();
    }
  });

  it('counts concurrent uses exactly (one atomic upsert each)', async () => {
    const wide: RateLimitPolicy = { name: 'test-wide', points: 100, duration: 60 };
    await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(t.db, wide, 'concurrent')));
    const [row] = await t.db.rateLimit.findMany({ where: { key: { startsWith: 'test-wide:' } } });
    expect(row?.points).toBe(40);
  });

  it('checks without counting, and forgets on reset', async () => {
    await consumeRateLimit(t.db, policy, 'reset');
    await consumeRateLimit(t.db, policy, 'reset');
    await checkRateLimit(t.db, policy, 'reset');
    await checkRateLimit(t.db, policy, 'reset');
    await consumeRateLimit(t.db, policy, 'reset');
    await expect(checkRateLimit(t.db, policy, 'reset')).rejects.toBeInstanceOf(RateLimitedError);
    await resetRateLimit(t.db, policy, 'reset');
    for (let i = 0; i < 3; i++) await consumeRateLimit(t.db, policy, 'reset');
  });
});

describe.runIf(process.env.REDIS_URL)('rate limits on Redis (REDIS_URL)', () => {
  it('refuses past the points across clients', async () => {
    const redisPolicy = { ...policy, name: `test-${Date.now()}` };
    for (let i = 0; i < 3; i++) await consumeRateLimit(t.db, redisPolicy, 'r');
    await expect(consumeRateLimit(t.db, redisPolicy, 'r')).rejects.toBeInstanceOf(RateLimitedError);
    expect(await t.db.rateLimit.count({ where: { key: { startsWith: redisPolicy.name } } })).toBe(
      0,
    );
  });
});

describe('limits counted in batches (every till request)', () => {
  const batched: RateLimitPolicy = { name: 'test-batch', points: 100, duration: 60, batch: 10 };
  const stored = async (name: string) =>
    (await t.db.rateLimit.findMany({ where: { key: { startsWith: `${name}:` } } }))[0]?.points;

  it.skipIf(process.env.REDIS_URL)(
    'takes a batch from the store, then spends it in memory',
    async () => {
      await consumeRateLimit(t.db, batched, 'till');
      expect(await stored(batched.name)).toBe(10);
      for (let i = 0; i < 9; i++) await consumeRateLimit(t.db, batched, 'till');
      expect(await stored(batched.name)).toBe(10);
      await consumeRateLimit(t.db, batched, 'till');
      expect(await stored(batched.name)).toBe(20);
    },
  );

  it('never allows more than the points, however many processes share them', async () => {
    const policy = { ...batched, name: `test-batch-${Date.now()}` };
    const other = createDb(t.url, { max: 2 });
    try {
      let allowed = 0;
      for (let i = 0; i < 130; i++) {
        const result = await refusal(consumeRateLimit(i % 3 ? t.db : other, policy, 'shared'));
        if (result === undefined) allowed++;
        else expect(result).toBeInstanceOf(RateLimitedError);
      }
      expect(allowed).toBeLessThanOrEqual(100);
      expect(allowed).toBeGreaterThan(100 - 10);
    } finally {
      await other.$disconnect();
    }
  });
});
