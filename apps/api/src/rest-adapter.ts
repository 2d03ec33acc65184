import { createHash } from 'node:crypto';
import { type Context, createCallerFactory, errorBody, toErrorResponse } from '@fidele/api';
import type { RestRoute, TerminalRouter } from '@fidele/api/terminal';
import type { Db } from '@fidele/db';
import { idempotencyKey } from '@fidele/validators';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { sendError } from './error-reply.ts';

type AnyCall = (input: unknown) => Promise<unknown>;

/** `/customers/{id}/rewards` → `/customers/:id/rewards` */
const toFastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * JSON with sorted keys, so the same request body always hashes the same; undefined for a body
 * nested deeper than the serialiser's stack allows (no request of the contract comes close).
 */
const canonicalJsonOf = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    );
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
};

const bearerOf = (request: FastifyRequest) => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
};

/**
 * Publishes the terminal procedures as the REST contract of POS-API.md: input from path, query
 * and body; the procedure's status; the `{error:{code,message}}` shape; `Idempotency-Key` on POSTs;
 * a rate limit per key.
 */
export const registerRestRoutes = (
  app: FastifyInstance,
  options: {
    db: Db;
    router: TerminalRouter;
    routes: RestRoute[];
    prefix: string;
    rateLimiter: RateLimiterAbstract;
  },
) => {
  const createCaller = createCallerFactory(options.router);
  for (const route of options.routes) {
    app.route({
      method: route.method,
      url: options.prefix + toFastifyPath(route.path),
      handler: async (request, reply) => {
        const bearer = bearerOf(request);
        if (bearer && route.path !== '/health') {
          try {
            await options.rateLimiter.consume(createHash('sha256').update(bearer).digest('hex'));
          } catch (limit) {
            const msBeforeNext = (limit as { msBeforeNext?: number }).msBeforeNext ?? 1000;
            return sendError(reply, {
              status: 429,
              body: errorBody('rate_limited', 'Too many requests for this API key.'),
              retryAfterSeconds: Math.ceil(msBeforeNext / 1000),
            });
          }
        }
        const body = (request.body ?? {}) as Record<string, unknown>;
        if (route.method !== 'GET' && (typeof body !== 'object' || Array.isArray(body)))
          return sendError(reply, {
            status: 400,
            body: errorBody('invalid_request', 'The body must be a JSON object.'),
          });
        const input = {
          ...(request.query as Record<string, unknown>),
          ...(route.method === 'GET' ? {} : body),
          ...(request.params as Record<string, unknown>),
        };
        const ctx: Context = { db: options.db, bearer, response: {} };
        const keyHeader = request.headers['idempotency-key'];
        if (route.method === 'POST' && keyHeader !== undefined) {
          const key = idempotencyKey.safeParse(keyHeader);
          if (!key.success)
            return sendError(reply, {
              status: 400,
              body: errorBody('invalid_request', 'Idempotency-Key: must be 1 to 255 characters'),
            });
          const canonical = canonicalJsonOf(body);
          if (canonical === undefined)
            return sendError(reply, {
              status: 400,
              body: errorBody('invalid_request', 'The body is nested too deeply.'),
            });
          ctx.idempotency = {
            key: key.data,
            requestHash: createHash('sha256')
              .update(`${route.method} ${request.url.split('?')[0]} ${canonical}`)
              .digest('hex'),
          };
        }
        const call = route.procedure
          .split('.')
          .reduce<unknown>(
            (node, name) => (node as Record<string, unknown>)[name],
            createCaller(ctx),
          ) as AnyCall;
        try {
          const output = await call(input);
          if (ctx.response.replayed) reply.header('Idempotent-Replayed', 'true');
          return reply.code(ctx.response.status ?? route.successStatus).send(output);
        } catch (error) {
          const response = toErrorResponse(error);
          if (ctx.response.replayed) reply.header('Idempotent-Replayed', 'true');
          if (response.status >= 500) request.log.error({ err: error }, 'procedure failed');
          return sendError(reply, response);
        }
      },
    });
  }
};
