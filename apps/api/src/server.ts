import { restRoutes, terminalOpenApiDocument, terminalRouter } from '@fidele/api/terminal';
import type { Db } from '@fidele/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { errorBody } from '@fidele/api';
import { registerDocs } from './docs.ts';
import { sendError } from './error-reply.ts';
import { frameworkErrorResponse } from './framework-errors.ts';
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
  registerRestRoutes(app, {
    db: options.db,
    router: terminalRouter,
    routes: restRoutes(terminalRouter),
    prefix: PREFIX,
    rateLimiter: new RateLimiterMemory({ points: options.rateLimitPerMinute, duration: 60 }),
  });
  registerOrderWebhooks(app, { db: options.db, prefix: PREFIX });
  registerDocs(app, withOrderWebhooks(terminalOpenApiDocument(terminalRouter, PREFIX)));
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, {
      status: 404,
      body: errorBody('not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
    }),
  );
  app.setErrorHandler((error, request, reply) => {
    const response = frameworkErrorResponse(error);
    if (response.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(reply, response);
  });
  return app;
};
