import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL (npm start does it by itself).
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL.');
  process.exit(1);
}
await ensureDatabase(url);
const applied = await migrate(url, MIGRATIONS_DIR);
console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
