import type { Db, Prisma, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';

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
};
export type Response<T> = { status: number; body: T };

const recordOf = ({ owner, key }: IdempotencyScope) =>
  'apiKeyId' in owner
    ? { apiKeyId_key: { apiKeyId: owner.apiKeyId, key } }
    : { webhookShopId_key: { webhookShopId: owner.webhookShopId, key } };

/**
 * Runs `effect` in one transaction with the idempotency record that protects it. With a key:
 * a retry with the same request replays the stored response; the same key with another request
 * is refused; a retry while the first is still running is refused (or queued, with `queue`) by a
 * transaction-scoped advisory lock that marks it in flight. Failed requests store nothing, so they
 * can be retried.
 */
export const runIdempotent = async <T>(
  db: Db,
  scope: IdempotencyScope | undefined,
  effect: (tx: Tx) => Promise<Response<T>>,
): Promise<Response<T> & { replayed: boolean }> =>
  db.$transaction(
    async (tx) => {
      if (!scope) return { ...(await effect(tx)), replayed: false };
      const lockKey = `${'apiKeyId' in scope.owner ? scope.owner.apiKeyId : scope.owner.webhookShopId}:${scope.key}`;
      if (scope.queue) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
      } else {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtextextended(${lockKey}, 0)) AS locked`;
        if (!lock?.locked)
          throw new AppError(
            'conflict',
            'idempotency_key_in_use',
            'A request with this Idempotency-Key is still being processed.',
          );
      }
      const stored = await tx.idempotencyRecord.findUnique({
        where: recordOf(scope),
        select: { requestHash: true, responseStatus: true, responseBody: true },
      });
      if (stored) {
        if (stored.requestHash !== scope.requestHash)
          throw new AppError(
            'unprocessable',
            'idempotency_key_reused',
            'This Idempotency-Key was used with a different request.',
          );
        return { status: stored.responseStatus, body: stored.responseBody as T, replayed: true };
      }
      const response = await effect(tx);
      await tx.idempotencyRecord.create({
        data: {
          ...scope.owner,
          key: scope.key,
          requestHash: scope.requestHash,
          responseStatus: response.status,
          responseBody: response.body as Prisma.InputJsonValue,
        },
      });
      return { ...response, replayed: false };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
