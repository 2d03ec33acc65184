import { describe, expect, it } from 'vitest';
import { SEED, SEED_HASH } from './game-fixtures.ts';
import { isSeed, newSeed, seedHash, seedMatchesHash } from './seed.ts';

describe('period seeds', () => {
  it('publishes the SHA-256 of the seed as written (checked with sha256sum)', () => {
    expect(seedHash(SEED)).toBe(SEED_HASH);
  });

  it('makes fresh 64-hex-digit seeds', () => {
    const seeds = Array.from({ length: 20 }, newSeed);
    expect(seeds.every(isSeed)).toBe(true);
    expect(new Set(seeds).size).toBe(20);
  });

  it('verifies a revealed seed against the published hash', () => {
    expect(seedMatchesHash(SEED, SEED_HASH)).toBe(true);
    expect(seedMatchesHash(SEED, SEED_HASH.toUpperCase())).toBe(true);
    expect(seedMatchesHash(SEED.replace(/f$/, 'e'), SEED_HASH)).toBe(false);
    // The same seed in capitals is not the text that was hashed.
    expect(seedMatchesHash(SEED.toUpperCase(), SEED_HASH)).toBe(false);
  });
});
