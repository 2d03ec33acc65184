import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { MIGRATIONS_DIR, migrate } from '../migrations/index.ts';

export type TestServer = { serverUrl: string; template: string };

const TEMPLATE = 'fidele_test_template';
export const TEST_DATABASE_PREFIX = 'fidele_test_';

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
 */
export const prepareTestServer = async (
  root: string,
): Promise<TestServer & { teardown: () => Promise<void> }> => {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dir: join(root, '.fidele', 'test-pg'), port: 5434 });
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url('postgres');
  await dropTestDatabases(serverUrl);
  await adminQuery(serverUrl, `CREATE DATABASE ${TEMPLATE}`);
  await migrate(withDatabase(serverUrl, TEMPLATE), MIGRATIONS_DIR);
  return {
    serverUrl,
    template: TEMPLATE,
    teardown: async () => {
      await dropTestDatabases(serverUrl);
      await embedded?.stop();
    },
  };
};

const dropTestDatabases = async (serverUrl: string) => {
  const { rows } = await adminQuery(
    serverUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DATABASE_PREFIX}%'`,
  );
  for (const { datname } of rows as { datname: string }[])
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
};

export { withDatabase };
