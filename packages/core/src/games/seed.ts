import { createHash, randomBytes } from 'node:crypto';

// A period's seed is 32 random bytes written as 64 lowercase hex characters, and it is that text
// (not the bytes it spells) that is hashed and used as the HMAC key, so anyone can check with
// common tools:
//   printf %s "$SEED" | sha256sum                                        # the published hash
//   printf %s "$CUSTOMER_ID:$PLAY_NUMBER" | openssl dgst -sha256 -hmac "$SEED"   # a play's digest

const SEED_PATTERN = /^[0-9a-f]{64}$/;

export const isSeed = (value: string): boolean => SEED_PATTERN.test(value);

/** A new period's seed, from the operating system's secure random source. */
export const newSeed = (): string => randomBytes(32).toString('hex');

/** The seed's SHA-256 (hex): published on the rules page before the period starts. */
export const seedHash = (seed: string): string =>
  createHash('sha256').update(seed, 'utf8').digest('hex');

/** Whether a revealed seed is the one whose hash was published. */
export const seedMatchesHash = (seed: string, publishedHash: string): boolean =>
  isSeed(seed) && seedHash(seed) === publishedHash.toLowerCase();
