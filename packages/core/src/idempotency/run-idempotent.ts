import type { Db, Prisma, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';

export type IdempotencyScope = { apiKeyId: string; key: string; requestHash: string };
export type Response<T> = { status: number; body: T };

/**
 * Runs `effect` in one transaction with the idempotency record that protects it. With a key:
 * a retry with the same request replays the stored response; the same key with another request
 * is refused; a retry while the first is still running is refused rather than queued (a
 * transaction-scoped advisory lock marks it in flight). Failed requests store nothing, so they
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
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtextextended(${`${scope.apiKeyId}:${scope.key}`}, 0)) AS locked`;
      if (!lock?.locked) throw new AppError('idempotency_key_in_use');
      const stored = await tx.idempotencyRecord.findUnique({
        where: { apiKeyId_key: { apiKeyId: scope.apiKeyId, key: scope.key } },
        select: { requestHash: true, responseStatus: true, responseBody: true },
      });
      if (stored) {
        if (stored.requestHash !== scope.requestHash) throw new AppError('idempotency_key_reused');
        return { status: stored.responseStatus, body: stored.responseBody as T, replayed: true };
      }
      const response = await effect(tx);
      await tx.idempotencyRecord.create({
        data: {
          apiKeyId: scope.apiKeyId,
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
