import { createHash } from 'node:crypto';
import type { Db } from '@fidele/db';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors.ts';
import { minutesToWait, type RateLimitPolicy } from './policies.ts';
import { createStoreLimiter } from './store.ts';

/** `rate_limited`, with the seconds to wait (the REST `Retry-After`, the sign-in page's wait). */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    const minutes = minutesToWait(retryAfterSeconds);
    super(
      'rate_limited',
      `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const isRateLimitedError = (error: unknown): error is RateLimitedError =>
  error instanceof RateLimitedError;

// One limiter per database client and policy: they hold the in-memory guards.
const limiters = new WeakMap<Db, Map<string, RateLimiterAbstract>>();

const limiterOf = (db: Db, policy: RateLimitPolicy): RateLimiterAbstract => {
  let byPolicy = limiters.get(db);
  if (!byPolicy) limiters.set(db, (byPolicy = new Map()));
  const id = `${policy.name}:${policy.points}:${policy.duration}:${policy.blockDuration ?? 0}`;
  let limiter = byPolicy.get(id);
  if (!limiter) byPolicy.set(id, (limiter = createStoreLimiter(db, policy)));
  return limiter;
};

// Subjects are emails, addresses and key ids: hashed, so the store holds none of them in clear
// and every key fits the column.
const keyOf = (subject: string) => createHash('sha256').update(subject).digest('base64url');

const retryAfterOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Uses a process took from the store and has not spent yet, per limiter and subject. */
type Batch = { left: number; until: number; remainingInStore: number };
const MAX_BATCHES = 10_000;
const batches = new WeakMap<RateLimiterAbstract, Map<string, Batch>>();

/**
 * Counts one use of `subject` under `policy`; past the policy's points it throws
 * `RateLimitedError`. `db` is the root client, never a transaction: a count must outlive the
 * refusal it causes. A policy with a `batch` spends uses this process already took first.
 */
export const consumeRateLimit = async (
  db: Db,
  policy: RateLimitPolicy,
  subject: string,
): Promise<void> => {
  const limiter = limiterOf(db, policy);
  const key = keyOf(subject);
  let held = batches.get(limiter);
  if (!held) batches.set(limiter, (held = new Map()));
  const now = Date.now();
  const batch = held.get(key);
  if (batch && batch.left > 0 && now < batch.until) {
    batch.left--;
    return;
  }
  // Take a whole batch while the store has plenty left, one use at a time near the end.
  const take = Math.max(1, Math.min(policy.batch ?? 1, batch?.remainingInStore ?? Infinity));
  try {
    const res = await limiter.consume(key, take);
    if (take > 1 || held.has(key)) {
      // Unspent uses are already counted in the store: forgetting them only errs on the safe side.
      if (held.size >= MAX_BATCHES) held.clear();
      held.set(key, {
        left: take - 1,
        until: now + res.msBeforeNext,
        remainingInStore: res.remainingPoints,
      });
    }
  } catch (rejection) {
    held.delete(key);
    if (rejection instanceof RateLimiterRes) throw new RateLimitedError(retryAfterOf(rejection));
    throw rejection;
  }
};

/**
 * Throws `RateLimitedError` if `subject` has no use left under `policy` now, without counting
 * one (for limits on failures: checked before the attempt, counted after a failure).
 */
export const checkRateLimit = async (
  db: Db,
  policy: RateLimitPolicy,
  subject: string,
): Promise<void> => {
  const res = await limiterOf(db, policy).get(keyOf(subject));
  if (res && res.consumedPoints >= policy.points) throw new RateLimitedError(retryAfterOf(res));
};

/** Forgets `subject`'s count (e.g. after a successful sign-in). */
export const resetRateLimit = async (
  db: Db,
  policy: RateLimitPolicy,
  subject: string,
): Promise<void> => {
  await limiterOf(db, policy).delete(keyOf(subject));
};
