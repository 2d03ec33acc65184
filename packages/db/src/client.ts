import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
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

/**
 * The `pg` pool behind each client `createDb` made, shared by Prisma and `queryRows`. Kept on
 * globalThis, like `getDb`'s client: a Next server may bundle this module more than once (one copy
 * per route's chunk), and a client made by one copy must find its pool from any other.
 */
const globalForPools = globalThis as unknown as { fidelePgPools?: WeakMap<Db, pg.Pool> };
const pools = (globalForPools.fidelePgPools ??= new WeakMap<Db, pg.Pool>());

export const createDb = (connectionString: string, options: { max?: number } = {}): Db => {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle connection the server dropped (a restart) is an event, not a crash: the pool discards
  // it and the next query connects again.
  pool.on('error', () => {});
  const db: Db = new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: preparedStatementName }),
    omit: {
      customer: { passwordHash: true, cardSecret: true },
      staffUser: { passwordHash: true },
      apiKey: { hash: true },
    },
  });
  // The pool is ours: Prisma leaves an external pool open, and a statement sent by `queryRows`
  // may have opened connections before Prisma ever connected.
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await disconnect();
    if (!pool.ended) await pool.end();
  };
  pools.set(db, pool);
  return db;
};

/** The `pg` pool of a client `createDb` made, for libraries that speak to `pg` directly. */
export const pgPoolOf = (db: Db): pg.Pool => {
  const pool = pools.get(db);
  if (!pool) throw new Error('This client was not made by createDb: it has no pg pool');
  return pool;
};

/**
 * Runs one statement and returns its rows. On a client from `createDb` it goes to the pool
 * directly, as a named prepared statement: the tills' hot statements skip Prisma's query layer,
 * which took about a quarter of the API's CPU per request. In a transaction it runs through
 * Prisma on the transaction's connection. Both read json, int and timestamp columns alike, but
 * not bigint or numeric (a string from `pg`, a BigInt or Decimal from Prisma): cast those in SQL.
 */
export const queryRows = async <R extends object>(
  client: Db | Tx,
  query: Prisma.Sql,
): Promise<R[]> => {
  const pool = pools.get(client as Db);
  if (!pool) return (client as Db).$queryRaw<R[]>(query);
  const { rows } = await pool.query<R>({
    name: preparedStatementName({ sql: query.text }) || undefined,
    text: query.text,
    values: query.values,
  });
  return rows;
};

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
