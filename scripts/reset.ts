import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { removeEmbeddedPostgres } from '@fidele/db/embedded';
import { platformConfig } from './platform/config.ts';

// `npm run reset`: wipes the local data (embedded database, secrets); the next start begins afresh.
await removeEmbeddedPostgres(join(platformConfig.FIDELE_HOME, 'pg'));
await rm(platformConfig.FIDELE_HOME, { recursive: true, force: true });
console.log(`Removed ${platformConfig.FIDELE_HOME}. The next \`npm start\` creates a fresh demo.`);
if (platformConfig.DATABASE_URL)
  console.log('DATABASE_URL is set: that database was left untouched.');
