import { type Db, pgPoolOf } from '@fidele/db';
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
    // The platform's own pool: no second pool per process.
    storeClient: pgPoolOf(db),
    storeType: 'pool',
    tableName: TABLE,
    tableCreated: true,
  });
};
