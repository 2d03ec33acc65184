import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { freePort } from '../free-port.ts';
import { MIGRATIONS_DIR, migrate } from '../migrations/index.ts';

import { randomBytes } from 'node:crypto';

/** The run's server, its migrated template and the prefix of every database the run creates. */
export type TestServer = { serverUrl: string; template: string; prefix: string };

const withDatabase = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export const adminQuery = async (serverUrl: string, sql: string) => {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * Prepares PostgreSQL for a test run: `DATABASE_URL`'s server when set, else an embedded one; a
 * template database with every migration applied, which each test file copies (fast, isolated).
 * Names carry a run id, so two runs on one server never touch each other's databases.
 */
export const prepareTestServer = async (
  root: string,
): Promise<TestServer & { teardown: () => Promise<void> }> => {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dir: join(root, '.fidele', 'test-pg'),
        port: await freePort(),
      });
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url('postgres');
  const prefix = `fidele_test_${randomBytes(4).toString('hex')}_`;
  const template = `${prefix}template`;
  await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
  await migrate(withDatabase(serverUrl, template), MIGRATIONS_DIR);
  return {
    serverUrl,
    template,
    prefix,
    teardown: async () => {
      await dropTestDatabases(serverUrl, prefix);
      await embedded?.stop();
    },
  };
};

const dropTestDatabases = async (serverUrl: string, prefix: string) => {
  const { rows } = await adminQuery(
    serverUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`,
  );
  for (const { datname } of rows as { datname: string }[])
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
};

export { withDatabase };
