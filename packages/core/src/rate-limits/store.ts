import type { Db } from '@fidele/db';
import { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
} from 'rate-limiter-flexible';
import type { RateLimitPolicy } from './policies.ts';

/** The table of the `rate_limits` migration: created there, never at run time. */
const TABLE = 'RateLimit';

type PgQuery = { text: string; values?: unknown[] };

/**
 * RateLimiterPostgres speaks to a `pg`-like client; this one runs its statements on the
 * platform's own Prisma pool (no second pool per process). Its SQL is one atomic upsert per
 * count; `expire` is a BIGINT that Prisma reads as a BigInt, the library expects a number.
 */
const prismaPgClient = (db: Db) => ({
  query: async ({ text, values = [] }: PgQuery) => {
    const rows = await db.$queryRawUnsafe<{ points?: number; expire?: bigint | null }[]>(
      text,
      ...values,
    );
    const plain = rows.map((row) => ({
      ...row,
      expire: row.expire === null || row.expire === undefined ? null : Number(row.expire),
    }));
    return { rows: plain, rowCount: plain.length };
  },
});

const globalForRedis = globalThis as unknown as { fideleRateLimitRedis?: Redis };

/** One Redis connection per process, for `REDIS_URL` (kept on globalThis for Next's dev reloads). */
const redisClient = (url: string): Redis =>
  (globalForRedis.fideleRateLimitRedis ??= new Redis(url, {
    // Refused at once while disconnected, so the in-memory insurance answers instead of a queue.
    enableOfflineQueue: false,
    lazyConnect: false,
  }));

/**
 * The limiter of one policy on the shared store: Redis when `REDIS_URL` is set, else the
 * platform's PostgreSQL. Both count every process and replica together. Two in-memory guards
 * keep the store off the hot path when it matters: a subject already refused is refused again
 * from memory until its wait ends (no round trip for a flood), and if the store fails, an
 * in-memory limiter of the same policy answers (per process) rather than refusing everyone.
 */
export const createStoreLimiter = (
  db: Db,
  policy: RateLimitPolicy,
  redisUrl = process.env.REDIS_URL,
): RateLimiterAbstract => {
  const common = {
    keyPrefix: policy.name,
    points: policy.points,
    duration: policy.duration,
    blockDuration: policy.blockDuration ?? 0,
    inMemoryBlockOnConsumed: policy.points + 1,
    inMemoryBlockDuration: policy.blockDuration ?? policy.duration,
    insuranceLimiter: new RateLimiterMemory({
      keyPrefix: policy.name,
      points: policy.points,
      duration: policy.duration,
      blockDuration: policy.blockDuration ?? 0,
    }),
  };
  if (redisUrl) return new RateLimiterRedis({ ...common, storeClient: redisClient(redisUrl) });
  return new RateLimiterPostgres({
    ...common,
    storeClient: prismaPgClient(db),
    storeType: 'pool',
    tableName: TABLE,
    tableCreated: true,
  });
};
