import { join } from 'node:path';
import { createDb } from '@fidele/db';
import { startEmbeddedPostgres } from '@fidele/db/embedded';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import { isEmpty, seedDemo } from '../../prisma/seed/demo.ts';
import type { PlatformConfig } from './config.ts';

/**
 * The platform's database: `DATABASE_URL` when given, else an embedded PostgreSQL kept under
 * the data directory. Migrated, and seeded with the demo programme when empty (if asked).
 */
export const prepareDatabase = async (config: PlatformConfig, log: (line: string) => void) => {
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dir: join(config.FIDELE_HOME, 'pg'),
        port: config.FIDELE_PG_PORT,
      });
  const url = config.DATABASE_URL ?? embedded!.url('fidele');
  log(
    embedded ? `embedded PostgreSQL on 127.0.0.1:${config.FIDELE_PG_PORT}` : 'using DATABASE_URL',
  );
  await ensureDatabase(url);
  const applied = await migrate(url, MIGRATIONS_DIR);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  let seeded = false;
  if (config.FIDELE_DEMO === '1') {
    const db = createDb(url, { max: 2 });
    if (await isEmpty(db)) {
      await seedDemo(db);
      seeded = true;
      log('loaded the demo programme');
    }
    await db.$disconnect();
  }
  return { url, seeded, stop: async () => embedded?.stop() };
};
