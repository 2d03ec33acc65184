import type { Db, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';

/** What a use case's database function answers when the customer changed since its read. */
export const STALE = Symbol('stale');

const OPTIMISTIC_ATTEMPTS = 2;
const LOCKED_ATTEMPTS = 3;

/**
 * Runs a customer's use case that is decided on a read made without a lock and written by a
 * database function that checks, under the customer's lock, that the read still holds (else
 * `STALE`). Tries it twice so; then, as another movement of the same customer keeps getting in
 * between, in a transaction that takes the customer's lock before the read, so the decision is made
 * on what it writes over and holds (only a change of the programme's configuration or of the tier,
 * which move no account, can still make it stale).
 */
export const decideOnCustomer = async <R>(
  db: Db,
  customerId: string | undefined,
  attempt: (client: Db | Tx) => Promise<R | typeof STALE>,
): Promise<R> => {
  for (let i = 0; i < OPTIMISTIC_ATTEMPTS; i++) {
    const result = await attempt(db);
    if (result !== STALE) return result;
  }
  for (let i = 0; i < LOCKED_ATTEMPTS; i++) {
    const result = customerId
      ? await db.$transaction(async (tx) => {
          await tx.$executeRaw`SELECT 1 FROM "Account" WHERE "customerId" = ${customerId}::uuid FOR UPDATE`;
          return attempt(tx);
        })
      : await attempt(db);
    if (result !== STALE) return result;
  }
  throw new AppError('service_unavailable');
};
