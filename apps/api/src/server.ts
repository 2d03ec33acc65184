import { restRoutes, terminalOpenApiDocument, terminalRouter } from '@fidele/api/terminal';
import type { ApiKeyCache } from '@fidele/core/api-keys';
import type { Db } from '@fidele/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { errorBody } from '@fidele/api';
import { apiRequestsPerKey } from '@fidele/core/rate-limits';
import { DATA_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '@fidele/ui/security-headers';
import { registerDocs } from './docs.ts';
import { sendError } from './error-reply.ts';
import { clientErrorResponse, frameworkErrorResponse } from './framework-errors.ts';
import { withOrderWebhooks } from './order-webhooks-openapi.ts';
import { registerOrderWebhooks } from './order-webhooks.ts';
import { registerRestRoutes } from './rest-adapter.ts';
import { withTwilioWebhooks } from './twilio-webhooks-openapi.ts';
import { registerTwilioWebhooks, type TwilioWebhooks } from './twilio-webhooks.ts';

const PREFIX = '/api/v1';
/** No request of the contract needs a longer URL; Node itself refuses headers over 16 KiB. */
const MAX_URL_LENGTH = 8 * 1024;

export const buildServer = (options: {
  db: Db;
  /** API keys kept in memory (`createApiKeyCache`); without it, each request reads its key. */
  apiKeys?: ApiKeyCache;
  rateLimitPerMinute: number;
  /** Twilio's webhooks (replies, delivery reports); without it, their routes refuse every request. */
  twilio?: TwilioWebhooks;
  logger?: FastifyServerOptions['logger'];
}) => {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    // A path parameter holds up to 255 characters the API accepts (an externalId), each up to
    // 12 characters once URL-encoded; longer ones reach the procedure, which names the field.
    routerOptions: { maxParamLength: MAX_URL_LENGTH },
    // A path that is not valid percent-encoded UTF-8, which Fastify refuses before routing.
    frameworkErrors: (error, _request, reply) => sendError(reply, frameworkErrorResponse(error)),
    clientErrorHandler: (error, socket) => {
      if (socket.writable) socket.end(clientErrorResponse(error));
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH)
      return sendError(reply, { status: 414, body: errorBody('url_too_long') });
  });
  // Every answer, errors included; the docs page sets its own, looser policy.
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (!reply.hasHeader('Content-Security-Policy'))
      reply.header('Content-Security-Policy', DATA_CONTENT_SECURITY_POLICY);
  });
  registerRestRoutes(app, {
    db: options.db,
    apiKeys: options.apiKeys,
    router: terminalRouter,
    routes: restRoutes(terminalRouter),
    prefix: PREFIX,
    rateLimit: apiRequestsPerKey(options.rateLimitPerMinute),
  });
  registerOrderWebhooks(app, { db: options.db, prefix: PREFIX, router: terminalRouter });
  registerTwilioWebhooks(app, { db: options.db, prefix: PREFIX, twilio: options.twilio });
  registerDocs(
    app,
    withTwilioWebhooks(withOrderWebhooks(terminalOpenApiDocument(terminalRouter, PREFIX))),
  );
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
