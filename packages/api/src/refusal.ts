import { type ErrorCode, isAppError } from '@fidele/core';
import { isRateLimitedError, minutesToWait } from '@fidele/core/rate-limits';
import { TRPCError } from '@trpc/server';

/** A form's message for a refused call: a key of its messages, and the minutes to wait if limited. */
export type FormRefusal<Key extends string> = { error: Key | 'rateLimited'; wait?: number };

/**
 * What a server action tells its form when a procedure it called refused: `rateLimited` with
 * the whole minutes to wait, or the message key `messages` gives the refusal's code. Any other
 * error (a bug, a lost database, a code the form has no words for) is thrown on.
 */
export const formRefusalOf = <const Key extends string = never>(
  error: unknown,
  messages: Partial<Record<ErrorCode, Key>> = {},
): FormRefusal<Key> => {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (isRateLimitedError(cause))
    return { error: 'rateLimited', wait: minutesToWait(cause.retryAfterSeconds) };
  const key = isAppError(cause) ? messages[cause.code] : undefined;
  if (key) return { error: key };
  throw error;
};
