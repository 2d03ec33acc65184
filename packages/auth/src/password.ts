import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import pLimit from 'p-limit';

// Each Argon2id run takes 64 MiB and a core for a while: a burst of sign-ups or sign-ins waits
// its turn here (a queue in memory) instead of exhausting memory and the thread pool at once.
const hashing = pLimit(Math.max(2, availableParallelism()));

/** Argon2id with the library's defaults (memory-hard; parameters live in the hash). */
export const hashPassword = (password: string): Promise<string> =>
  hashing(() => argon2.hash(password, { type: argon2.argon2id }));

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  hashing(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  });

/** How many hashes may run at once in this process. */
export const PASSWORD_HASHING_CONCURRENCY = hashing.concurrency;
