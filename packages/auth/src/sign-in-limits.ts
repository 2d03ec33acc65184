import {
  clientAddressOf,
  consumeRateLimit,
  isRateLimitedError,
  minutesToWait,
  RATE_LIMITS,
  type RateLimitPolicy,
  resetRateLimit,
} from '@fidele/core/rate-limits';
import type { Db } from '@fidele/db';
import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';

/**
 * A password sign-in refused for too many attempts. Its `code` reaches a sign-in page as
 * `?code=rate_limited`; a server action catching it also reads the wait.
 */
export class PasswordSignInRateLimited extends CredentialsSignin {
  override code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/**
 * A sign-in link refused for too many requests. next-auth reads the error type from the class:
 * `AccessDenied` is one it lets through to the page (`?error=AccessDenied`).
 */
export class MagicLinkRateLimited extends AuthError {
  static type = 'AccessDenied';
  constructor(readonly retryAfterSeconds: number) {
    super('Too many sign-in links asked');
  }
}

/** The whole minutes a refused sign-in must wait, or undefined if it was not rate-limited. */
export const signInWaitMinutes = (error: unknown): number | undefined =>
  error instanceof PasswordSignInRateLimited || error instanceof MagicLinkRateLimited
    ? minutesToWait(error.retryAfterSeconds)
    : undefined;

/** Turns a store refusal into `refusal`'s kind of next-auth error. */
const asSignInError = async (
  limits: Promise<unknown>,
  refusal: (retryAfterSeconds: number) => Error,
) => {
  try {
    await limits;
  } catch (error) {
    if (isRateLimitedError(error)) throw refusal(error.retryAfterSeconds);
    throw error;
  }
};

// The account an attempt names, as the sign-in checks read it (any string: a malformed email
// is still an attempt on something).
const accountOf = z.object({ email: z.string().trim().toLowerCase().min(1).max(320) });

/**
 * Runs a password check under the account's and the client address's limits: each attempt
 * counts, whatever its outcome, and a success forgets the account's count (not the address's,
 * which many accounts share). Past a limit the password is not even checked.
 */
export const limitPasswordSignIn = async <User>(
  db: Db,
  perAccount: RateLimitPolicy,
  input: unknown,
  request: Request,
  check: () => Promise<User | null>,
): Promise<User | null> => {
  const account = accountOf.safeParse(input);
  if (!account.success) return null;
  const { email } = account.data;
  await asSignInError(
    Promise.all([
      consumeRateLimit(db, perAccount, email),
      consumeRateLimit(db, RATE_LIMITS.signInPerIp, clientAddressOf(request.headers)),
    ]),
    (seconds) => new PasswordSignInRateLimited(seconds),
  );
  const user = await check();
  if (user) await resetRateLimit(db, perAccount, email);
  return user;
};

/** Counts a sign-in link asked for `email` from the client of `request`. */
export const limitMagicLink = (db: Db, email: string, request: Request): Promise<void> =>
  asSignInError(
    Promise.all([
      consumeRateLimit(db, RATE_LIMITS.magicLinkPerEmail, email),
      consumeRateLimit(db, RATE_LIMITS.magicLinkPerIp, clientAddressOf(request.headers)),
    ]),
    (seconds) => new MagicLinkRateLimited(seconds),
  );
