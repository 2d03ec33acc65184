import { createApiKeyCache } from '@fidele/core/api-keys';
import { createDb } from '@fidele/db';
import { env } from './env.ts';
import { buildServer } from './server.ts';

/** One API server process: its database pool, its keys in memory, the HTTP server. */
export const serveApi = async () => {
  const db = createDb(env.DATABASE_URL, { max: env.API_DB_POOL });
  const apiKeys = createApiKeyCache(db, env.DATABASE_URL, {
    onError: (error) => app.log.warn({ err: error }, "could not record an API key's last use"),
  });
  const app = buildServer({
    db,
    apiKeys,
    rateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
    twilio: env.TWILIO_AUTH_TOKEN
      ? {
          authToken: env.TWILIO_AUTH_TOKEN,
          repliesUrl: env.SMS_REPLIES_URL,
          statusUrl: env.SMS_STATUS_CALLBACK_URL,
        }
      : undefined,
    // Written by pino's worker thread, so a request never waits on stdout.
    logger: {
      level: env.LOG_LEVEL,
      transport: { target: 'pino/file', options: { destination: 1 } },
    },
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
};
