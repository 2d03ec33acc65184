import { createHash, randomBytes } from 'node:crypto';
import type { PasswordTokenPurpose } from '@fidele/db';

/**
 * How long a password link works: a reset is asked for and used at once, so it is short; an
 * invitation waits for someone who may not read their mail today.
 */
export const PASSWORD_TOKEN_LIFETIME_MS: Record<PasswordTokenPurpose, number> = {
  RESET: 30 * 60 * 1000,
  INVITATION: 72 * 60 * 60 * 1000,
};

/** SHA-256 (hex) of a token: tokens are 256 random bits, so a fast hash is enough. */
export const hashPasswordToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** A new link token (sent by email, never stored) with the hash and end of life that are. */
export const issuePasswordToken = (purpose: PasswordTokenPurpose, now: Date) => {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    tokenHash: hashPasswordToken(token),
    expiresAt: new Date(now.getTime() + PASSWORD_TOKEN_LIFETIME_MS[purpose]),
  };
};

/** A link works until its end of life, excluded. */
export const isPasswordTokenLive = (expiresAt: Date, now: Date): boolean => expiresAt > now;
