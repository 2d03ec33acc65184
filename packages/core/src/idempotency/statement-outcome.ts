import { isStaleWrite, Prisma, queryRows, type Db, type Tx } from '@fidele/db';
import { AppError, type ErrorCode, isAppError } from '../errors.ts';
import {
  type IdempotencyScope,
  keepRefusal,
  replayStored,
  type Response,
  type StoredAnswer,
} from './run-idempotent.ts';

/** A use case's answer: its REST status and body, and whether it was replayed from its key. */
export type Answer<T> = Response<T> & { replayed: boolean };

/**
 * What a use case's database function answers (see the `redeem_in_one_round_trip` migration):
 * done, the key's stored answer, the key busy, or a refusal on what changed since the read.
 */
export type StatementOutcome<T> =
  | { status: number; body: T }
  | { stored: StoredAnswer }
  | { inUse: true }
  | { refused: ErrorCode; message?: string; details?: Record<string, unknown> };

const ownerOf = (scope: IdempotencyScope | undefined) => ({
  apiKeyId: scope && 'apiKeyId' in scope.owner ? scope.owner.apiKeyId : null,
  webhookShopId: scope && 'webhookShopId' in scope.owner ? scope.owner.webhookShopId : null,
});

/** The key as a use case's function takes it in a jsonb argument (`claim_idempotency_key`'s). */
export const keyJson = (scope: IdempotencyScope | undefined) =>
  scope && {
    ...ownerOf(scope),
    key: scope.key,
    requestHash: scope.requestHash,
    queue: scope.queue ?? false,
  };

/** The key's arguments of a use case's function: `idem_key text, request_hash text`. */
export const keyArguments = (scope: IdempotencyScope | undefined) =>
  Prisma.sql`${scope?.key ?? null}::text, ${scope?.requestHash ?? null}::text`;

/**
 * What the key already holds, as a jsonb scalar subquery for the use case's first read, so a
 * retry is answered from that read without deciding anything again.
 */
export const storedAnswerOf = (scope: IdempotencyScope | undefined) => {
  if (!scope) return Prisma.sql`NULL::jsonb`;
  const { apiKeyId, webhookShopId } = ownerOf(scope);
  const owner = apiKeyId
    ? Prisma.sql`r."apiKeyId" = ${apiKeyId}::uuid`
    : Prisma.sql`r."webhookShopId" = ${webhookShopId}::uuid`;
  return Prisma.sql`(
    SELECT jsonb_build_object('requestHash', r."requestHash", 'status', r."responseStatus", 'body', r."responseBody")
    FROM "IdempotencyRecord" r WHERE ${owner} AND r.key = ${scope.key})`;
};

/** The stored answer replayed, when the first read found one. */
export const replayedAnswer = <T>(
  scope: IdempotencyScope | undefined,
  stored: StoredAnswer | null,
): Answer<T> | undefined =>
  scope && stored ? (replayStored(scope, stored) as Answer<T>) : undefined;

/**
 * Refuses the request before anything was written, keeping the refusal under its key like a
 * success (unless the key's refusals are retryable), so a retry gets the same answer.
 */
export const refuseOnce = async (
  db: Db,
  scope: IdempotencyScope | undefined,
  refusal: AppError,
): Promise<never> => {
  if (scope && !scope.refusalsRetryable) await keepRefusal(db, scope, refusal);
  throw refusal;
};

/** What the key already holds, replayed, before a use case does anything else (one read). */
export const replayFromKey = async <T>(
  db: Db,
  scope: IdempotencyScope | undefined,
): Promise<Answer<T> | undefined> => {
  if (!scope) return undefined;
  const [row] = await queryRows<{ stored: StoredAnswer | null }>(
    db,
    Prisma.sql`SELECT ${storedAnswerOf(scope)} AS stored`,
  );
  return replayedAnswer<T>(scope, row!.stored);
};

/** A refusal (4xx) kept under the key as `refuseOnce` does; any other error passes through. */
export const refuseIfRefusal = (
  db: Db,
  scope: IdempotencyScope | undefined,
  error: unknown,
): Promise<never> =>
  isAppError(error) && error.status < 500 ? refuseOnce(db, scope, error) : Promise.reject(error);

/** The answer a use case's function returned, as the REST layer sends it. */
export const settleOutcome = async <T>(
  db: Db,
  scope: IdempotencyScope | undefined,
  outcome: StatementOutcome<T>,
): Promise<Answer<T>> => {
  if ('inUse' in outcome) throw new AppError('idempotency_key_in_use');
  if ('stored' in outcome) return replayedAnswer<T>(scope, outcome.stored)!;
  if ('refused' in outcome)
    return refuseOnce(db, scope, new AppError(outcome.refused, outcome.message, outcome.details));
  return { ...outcome, replayed: false };
};

/** The database functions that write a till's use case from its jsonb plan (see migrations). */
export type WriteFunction =
  | 'record_purchase'
  | 'record_refund'
  | 'claim_reward'
  | 'claim_offer'
  | 'play_game'
  | 'answer_quiz'
  | 'check_in_invitation';

/**
 * Calls a use case's write function with its plan and the Idempotency-Key's arguments: one round
 * trip, answering what the function returned (an outcome, or its `stale`/`exists` signal). A
 * function that finds its read outdated after it has written (a game's budget spent by another
 * play) fails its statement instead, which undoes those writes: that also answers `stale`.
 */
export const callWriteFunction = async <O>(
  client: Db | Tx,
  write: WriteFunction,
  plan: object,
  scope: IdempotencyScope | undefined,
): Promise<O> => {
  try {
    const [row] = await queryRows<{ outcome: O }>(
      client,
      Prisma.sql`SELECT ${Prisma.raw(write)}(${JSON.stringify({ ...plan, key: keyJson(scope) })}::jsonb) AS outcome`,
    );
    return row!.outcome;
  } catch (error) {
    // Only the functions whose outcome has `stale` raise it (play_game, answer_quiz).
    if (isStaleWrite(error)) return { stale: true } as O;
    throw error;
  }
};

/**
 * `settleOutcome`, where the first answer keeps its own types: the body kept under the key went
 * through JSON, so only a replay answers with it.
 */
export const settleWithAnswer = async <T>(
  db: Db,
  scope: IdempotencyScope | undefined,
  outcome: StatementOutcome<T>,
  answer: T,
): Promise<Answer<T>> => {
  const settled = await settleOutcome(db, scope, outcome);
  return settled.replayed ? settled : { ...settled, body: answer };
};
