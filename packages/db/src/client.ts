import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';
import type { Prisma } from './generated/prisma/client.ts';

export type Db = PrismaClient;
/** A Prisma interactive transaction: functions that write take one so callers compose them. */
export type Tx = Prisma.TransactionClient;

export const createDb = (connectionString: string, options: { max?: number } = {}): Db =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: options.max ?? 10 }),
    omit: {
      customer: { passwordHash: true, cardSecret: true },
      staffUser: { passwordHash: true },
      apiKey: { hash: true },
    },
  });

const globalForDb = globalThis as unknown as { fideleDb?: Db };

/** The process-wide client for `DATABASE_URL` (kept on globalThis so Next's dev reloads reuse it). */
export const getDb = (): Db => {
  if (!globalForDb.fideleDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    globalForDb.fideleDb = createDb(url);
  }
  return globalForDb.fideleDb;
};
