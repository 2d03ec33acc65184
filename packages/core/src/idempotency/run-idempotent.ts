import type { Db, Prisma, Tx } from '@fidele/db';
import { AppError, type ErrorCode, isAppError } from '../errors.ts';

/** Whose keys they are: an API key's (`Idempotency-Key`) or an e-shop's order webhook (event ids). */
export type IdempotencyOwner = { apiKeyId: string } | { webhookShopId: string };
export type IdempotencyScope = {
  owner: IdempotencyOwner;
  key: string;
  requestHash: string;
  /**
   * Wait for a concurrent request with the same key, then replay its response, instead of refusing
   * it: a webhook redelivered while the first delivery runs must not look like a failure.
   */
  queue?: boolean;
  /**
   * Keep no refusal under the key: an order event refused now (its order not paid yet) may succeed
   * when the e-shop delivers it again, whereas a till's retry must see the first answer.
   */
  refusalsRetryable?: boolean;
};
export type Response<T> = { status: number; body: T };

/** How a refusal is kept under its key: the REST body as it was sent. */
type StoredRefusal = { error: { code: ErrorCode; message: string } };

const TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

/** A refusal the domain decided on (4xx), as opposed to a failure worth retrying (5xx). */
const isRefusal = (error: unknown): error is AppError =>
  isAppError(error) && error.status >= 400 && error.status < 500;

/** A stored refusal thrown again for a retry, so the REST layer can say it was replayed. */
export class ReplayedRefusal extends AppError {}

const recordOf = ({ owner, key }: IdempotencyScope) =>
  'apiKeyId' in owner
    ? { apiKeyId_key: { apiKeyId: owner.apiKeyId, key } }
    : { webhookShopId_key: { webhookShopId: owner.webhookShopId, key } };

const lockKeyOf = ({ owner, key }: IdempotencyScope) =>
  `${'apiKeyId' in owner ? owner.apiKeyId : owner.webhookShopId}:${key}`;

/**
 * Runs `effect` in one transaction with the idempotency record that protects it. With a key:
 * a retry with the same request replays the stored response; the same key with another request
 * is refused; a retry while the first is still running is refused (or queued, with `queue`) by a
 * transaction-scoped advisory lock that marks it in flight. A request the domain refused (a 4xx)
 * is stored like a success (unless `refusalsRetryable`), so a retry gets the same refusal again
 * (a `ReplayedRefusal`); one that failed (5xx, a database away) stores nothing and can be retried.
 */
export const runIdempotent = async <T>(
  db: Db,
  scope: IdempotencyScope | undefined,
  effect: (tx: Tx) => Promise<Response<T>>,
): Promise<Response<T> & { replayed: boolean }> => {
  if (!scope) return { ...(await db.$transaction(effect, TRANSACTION)), replayed: false };
  // Only the effect's own refusals are kept: the key's (in use, reused) say nothing about it.
  let refusal: AppError | undefined;
  try {
    return await db.$transaction(async (tx) => {
      const stored = await claimKey(tx, scope);
      if (stored) return stored as Response<T> & { replayed: true };
      const response = await effect(tx).catch((error: unknown) => {
        if (isRefusal(error)) refusal = error;
        throw error;
      });
      await storeResponse(tx, scope, response);
      return { ...response, replayed: false };
    }, TRANSACTION);
  } catch (error) {
    if (refusal && error === refusal && !scope.refusalsRetryable)
      await keepRefusal(db, scope, refusal);
    throw error;
  }
};

/**
 * Takes the key for this transaction and returns what it already holds, if anything: the stored
 * response, or (for a stored refusal) throws it again.
 */
const claimKey = async (tx: Tx, scope: IdempotencyScope) => {
  if (scope.queue) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKeyOf(scope)}, 0))`;
  } else {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(hashtextextended(${lockKeyOf(scope)}, 0)) AS locked`;
    if (!lock?.locked) throw new AppError('idempotency_key_in_use');
  }
  const stored = await tx.idempotencyRecord.findUnique({
    where: recordOf(scope),
    select: { requestHash: true, responseStatus: true, responseBody: true },
  });
  return stored
    ? replayStored(scope, {
        requestHash: stored.requestHash,
        status: stored.responseStatus,
        body: stored.responseBody,
      })
    : undefined;
};

/** An answer kept under a key, as read back. */
export type StoredAnswer = { requestHash: string; status: number; body: unknown };

/**
 * What a key's stored answer means for this request: the same request replays it (a stored
 * refusal is thrown again), another request under the same key is refused.
 */
export const replayStored = (scope: IdempotencyScope, stored: StoredAnswer) => {
  if (stored.requestHash !== scope.requestHash) throw new AppError('idempotency_key_reused');
  if (stored.status >= 400) {
    const { error } = stored.body as StoredRefusal;
    throw new ReplayedRefusal(error.code, error.message);
  }
  return { status: stored.status, body: stored.body, replayed: true as const };
};

const recordData = (scope: IdempotencyScope, status: number, body: unknown) => ({
  ...scope.owner,
  key: scope.key,
  requestHash: scope.requestHash,
  responseStatus: status,
  responseBody: body as Prisma.InputJsonValue,
});

const storeResponse = (tx: Tx, scope: IdempotencyScope, response: Response<unknown>) =>
  tx.idempotencyRecord.create({ data: recordData(scope, response.status, response.body) });

/**
 * Keeps a refusal under its key once its transaction has rolled back (nothing the effect wrote
 * survives). Only a refusal pays for this; a success is stored in its own transaction.
 */
export const keepRefusal = (db: Db, scope: IdempotencyScope, refusal: AppError) =>
  keepAnswer(db, scope, refusal.status, {
    error: { code: refusal.code, message: refusal.message },
  });

/**
 * Keeps an answer decided outside the transaction that would have stored it (a refusal, a
 * purchase already sent). Its own transaction takes the key again and stores nothing if a retry
 * got in between and stored its own answer: the key then holds the answer of a request that
 * really ran.
 */
export const keepAnswer = (db: Db, scope: IdempotencyScope, status: number, body: unknown) =>
  db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKeyOf(scope)}, 0))`;
    await tx.idempotencyRecord.createMany({
      data: recordData(scope, status, body),
      skipDuplicates: true,
    });
  }, TRANSACTION);
