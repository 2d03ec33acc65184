import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { removeEmbeddedPostgres } from '@fidele/db/embedded';
import pg from 'pg';
import { provisionBrowser } from './browser.ts';
import { databaseUrl, E2E_HOME } from './env.ts';

provisionBrowser();

// Every end-to-end run starts from nothing: a fresh data directory, or a fresh database on
// DATABASE_URL's server.
await removeEmbeddedPostgres(join(E2E_HOME, 'pg'));
await rm(E2E_HOME, { recursive: true, force: true });
if (process.env.DATABASE_URL) {
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query('DROP DATABASE IF EXISTS fidele_e2e WITH (FORCE)');
  await client.end();
}
