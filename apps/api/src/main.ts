import { createDb } from '@fidele/db';
import { env } from './env.ts';
import { buildServer } from './server.ts';

const db = createDb(env.DATABASE_URL, { max: 20 });
const app = buildServer({
  db,
  rateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
  logger: { level: env.LOG_LEVEL },
});

const shutdown = async () => {
  await app.close();
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await app.listen({ host: env.API_HOST, port: env.API_PORT });
