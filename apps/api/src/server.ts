import { restRoutes, terminalOpenApiDocument, terminalRouter } from '@fidele/api/terminal';
import type { Db } from '@fidele/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { apiRequestsPerKey } from '@fidele/core/rate-limits';
import { DATA_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '@fidele/ui/security-headers';
import { registerDocs } from './docs.ts';
import { withOrderWebhooks } from './order-webhooks-openapi.ts';
import { registerOrderWebhooks } from './order-webhooks.ts';
import { registerRestRoutes } from './rest-adapter.ts';

const PREFIX = '/api/v1';

export const buildServer = (options: {
  db: Db;
  rateLimitPerMinute: number;
  logger?: FastifyServerOptions['logger'];
}) => {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 256 * 1024 });
  // Every answer, errors included; the docs page sets its own, looser policy.
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (!reply.hasHeader('Content-Security-Policy'))
      reply.header('Content-Security-Policy', DATA_CONTENT_SECURITY_POLICY);
  });
  registerRestRoutes(app, {
    db: options.db,
    router: terminalRouter,
    routes: restRoutes(terminalRouter),
    prefix: PREFIX,
    rateLimit: apiRequestsPerKey(options.rateLimitPerMinute),
  });
  registerOrderWebhooks(app, { db: options.db, prefix: PREFIX });
  registerDocs(app, withOrderWebhooks(terminalOpenApiDocument(terminalRouter, PREFIX)));
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: {
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
      },
    }),
  );
  // Fastify's own refusals (malformed JSON, wrong content type, body too large) in the contract's shape.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({
        error: { code: 'internal_error', message: 'Something went wrong on our side.' },
      });
    }
    return reply.code(status).send({ error: { code: 'invalid_request', message: error.message } });
  });
  return app;
};
