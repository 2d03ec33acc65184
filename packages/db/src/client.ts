import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';
import type { Prisma } from './generated/prisma/client.ts';

export type Db = PrismaClient;

/** A Prisma interactive transaction: functions that write take one so callers compose them. */
export type Tx = Prisma.TransactionClient;

const NAMED_STATEMENTS_MAX = 500;
const statementNames = new Map<string, string>();

/**
 * A name per SQL text, so each pooled connection parses a statement once and PostgreSQL can keep
 * its plan. Texts beyond the first 500 stay unnamed (''): dynamic SQL (segments, variable IN
 * lists) must not fill every connection with statements used once.
 */
const preparedStatementName = ({ sql }: { sql: string }): string => {
  const known = statementNames.get(sql);
  if (known !== undefined || statementNames.size >= NAMED_STATEMENTS_MAX) return known ?? '';
  const name = `f${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;
  statementNames.set(sql, name);
  return name;
};

export const createDb = (connectionString: string, options: { max?: number } = {}): Db =>
  new PrismaClient({
    adapter: new PrismaPg(
      { connectionString, max: options.max ?? 10 },
      { statementNameGenerator: preparedStatementName },
    ),
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
