import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import { isEmpty, seedDemo } from '../prisma/seed/demo.ts';

// `npm run seed:demo`: migrates DATABASE_URL and loads the demo programme when it is empty.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL (npm start seeds its embedded database by itself).');
  process.exit(1);
}
await ensureDatabase(url);
await migrate(url, MIGRATIONS_DIR);
const db = createDb(url);
if (await isEmpty(db)) {
  await seedDemo(db);
  console.log('Demo data loaded.');
} else console.log('The database already holds a programme: nothing seeded.');
await db.$disconnect();
