import argon2 from 'argon2';
import { describe, expect, it, vi } from 'vitest';
import { hashPassword, PASSWORD_HASHING_CONCURRENCY, verifyPassword } from './password.ts';

describe('password hashing under load', () => {
  it(`queues a burst: 20 hashes all succeed, at most ${PASSWORD_HASHING_CONCURRENCY} at once`, async () => {
    let running = 0;
    let most = 0;
    const hash = argon2.hash.bind(argon2);
    const spy = vi.spyOn(argon2, 'hash').mockImplementation(async (...args) => {
      most = Math.max(most, ++running);
      try {
        return await hash(...args);
      } finally {
        running--;
      }
    });
    const hashes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => hashPassword(`password-${i}`)),
    );
    spy.mockRestore();
    expect(hashes.every((h) => h.startsWith('$argon2id$'))).toBe(true);
    expect(most).toBeLessThanOrEqual(PASSWORD_HASHING_CONCURRENCY);
    expect(await verifyPassword(hashes[3]!, 'password-3')).toBe(true);
    expect(await verifyPassword(hashes[3]!, 'password-4')).toBe(false);
  }, 60_000);
});
