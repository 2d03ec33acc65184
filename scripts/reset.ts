import { lstat, readlink, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { platformConfig } from './platform/config.ts';

// `npm run reset`: wipes the local data (embedded database, secrets); the next start begins afresh.
// As root the database lives in a shared folder that .fidele/pg links to: that goes too.
const database = join(platformConfig.FIDELE_HOME, 'pg');
if ((await lstat(database).catch(() => undefined))?.isSymbolicLink())
  await rm(await readlink(database), { recursive: true, force: true });
await rm(platformConfig.FIDELE_HOME, { recursive: true, force: true });
console.log(`Removed ${platformConfig.FIDELE_HOME}. The next \`npm start\` creates a fresh demo.`);
if (platformConfig.DATABASE_URL)
  console.log('DATABASE_URL is set: that database was left untouched.');
