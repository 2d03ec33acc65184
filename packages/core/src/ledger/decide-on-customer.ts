import type { Db, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';

/** What a use case's database function answers when its read no longer holds. */
export const STALE = Symbol('stale');

const OPTIMISTIC_ATTEMPTS = 2;
const LOCKED_ATTEMPTS = 3;

/**
 * Runs a use case that is decided on a read made without a lock and written by a database
 * function that checks, under its locks, that the read still holds (else `STALE`). Tries it twice
 * so; then, as other writes keep getting in between, in a transaction that takes `lock` (the
 * function's own locks, in its order) before the read, so the decision is made on what it writes
 * over and holds (only a change of the programme's configuration or of the tier, which move no
 * account, can still make it stale). Without a lock to take, the later attempts run as the first.
 */
export const decideOnRead = async <R>(
  db: Db,
  lock: ((tx: Tx) => Promise<unknown>) | undefined,
  attempt: (client: Db | Tx) => Promise<R | typeof STALE>,
): Promise<R> => {
  for (let i = 0; i < OPTIMISTIC_ATTEMPTS; i++) {
    const result = await attempt(db);
    if (result !== STALE) return result;
  }
  for (let i = 0; i < LOCKED_ATTEMPTS; i++) {
    const result = lock
      ? await db
          .$transaction(async (tx) => {
            await lock(tx);
            const decided = await attempt(tx);
            // Rolled back, not committed: a stale write may have failed its statement.
            if (decided === STALE) throw STALE;
            return decided;
          })
          .catch((error: unknown): typeof STALE => {
            if (error === STALE) return STALE;
            throw error;
          })
      : await attempt(db);
    if (result !== STALE) return result;
  }
  throw new AppError('service_unavailable');
};

/**
 * A customer's use case (`decideOnRead`), whose function locks their points account. The customer
 * is named by id, or by a function that gives it once the first read found them (a till names
 * them by member code): the lock is only taken after a stale attempt, so after a read.
 */
export const decideOnCustomer = <R>(
  db: Db,
  customerId: string | (() => string) | undefined,
  attempt: (client: Db | Tx) => Promise<R | typeof STALE>,
): Promise<R> =>
  decideOnRead(
    db,
    customerId
      ? (tx) =>
          tx.$executeRaw`SELECT 1 FROM "Account"
            WHERE "customerId" = ${typeof customerId === 'string' ? customerId : customerId()}::uuid
            FOR UPDATE`
      : undefined,
    attempt,
  );
