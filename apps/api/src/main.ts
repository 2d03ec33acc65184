import { createApiKeyCache } from '@fidele/core/api-keys';
import { createDb } from '@fidele/db';
import { env } from './env.ts';
import { buildServer } from './server.ts';

const db = createDb(env.DATABASE_URL, { max: 20 });
const apiKeys = createApiKeyCache(db, env.DATABASE_URL, {
  onError: (error) => app.log.warn({ err: error }, "could not record an API key's last use"),
});
const app = buildServer({
  db,
  apiKeys,
  rateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
  logger: { level: env.LOG_LEVEL },
});

const shutdown = async () => {
  await app.close();
  await apiKeys.close();
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await app.listen({ host: env.API_HOST, port: env.API_PORT });
