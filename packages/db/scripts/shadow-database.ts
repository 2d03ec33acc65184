// What the migrations folder builds, compared with prisma/schema.prisma: the migrations are
// applied to a fresh database (the "shadow" database, as Prisma calls it), which the schema engine
// then diffs against the schema. The migrations themselves are the only record of the schema they
// produce, so no copy of the schema is kept beside them.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDatabase, migrate } from '../src/migrations/index.ts';
import { diffDatabaseToSchema, type SchemaFile } from './schema-engine.ts';

const onDatabase = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

const dropDatabase = async (serverUrl: string, database: string) => {
  const client = new pg.Client({ connectionString: onDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
};

/**
 * The SQL a new migration needs so that the migrations in `migrationsDir` produce `schema`, or null
 * when they already do. Uses a temporary database on the PostgreSQL server at `serverUrl`.
 */
export async function diffMigrationsToSchema(
  serverUrl: string,
  migrationsDir: string,
  schema: SchemaFile,
): Promise<string | null> {
  const database = `fidele_shadow_${randomBytes(6).toString('hex')}`;
  const url = onDatabase(serverUrl, database);
  await ensureDatabase(url);
  try {
    await migrate(url, migrationsDir);
    return await diffDatabaseToSchema(url, schema);
  } finally {
    await dropDatabase(serverUrl, database);
  }
}
