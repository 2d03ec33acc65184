import { fileURLToPath } from 'node:url';

export { migrate, readMigrations } from './runner.ts';
export type { Migration } from './runner.ts';
export { ensureDatabase } from './database.ts';

/** The repository's `prisma/migrations` folder. */
export const MIGRATIONS_DIR = fileURLToPath(
  new URL('../../../../prisma/migrations', import.meta.url),
);
