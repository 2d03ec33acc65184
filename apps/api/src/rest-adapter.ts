import { createHash } from 'node:crypto';
import { type Context, createCallerFactory, type ErrorBody, toErrorResponse } from '@fidele/api';
import type { RestRoute, TerminalRouter } from '@fidele/api/terminal';
import {
  consumeRateLimit,
  isRateLimitedError,
  type RateLimitPolicy,
} from '@fidele/core/rate-limits';
import type { Db } from '@fidele/db';
import { idempotencyKey } from '@fidele/validators';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type AnyCall = (input: unknown) => Promise<unknown>;

/** `/customers/{id}/rewards` → `/customers/:id/rewards` */
const toFastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** JSON with sorted keys, so the same request body always hashes the same. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const bearerOf = (request: FastifyRequest) => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
};

const sendError = (reply: FastifyReply, status: number, body: ErrorBody) =>
  reply.code(status).send(body);

/** The wait a rate-limited refusal names, for `Retry-After`. */
const retryAfterOf = (error: unknown) => {
  const cause = error instanceof Error && isRateLimitedError(error.cause) ? error.cause : error;
  return isRateLimitedError(cause) ? cause.retryAfterSeconds : undefined;
};

/**
 * Publishes the terminal procedures as the REST contract of POS-API.md: input from path, query
 * and body; the procedure's status; the `{error:{code,message}}` shape; `Idempotency-Key` on POSTs;
 * a rate limit per key (`rateLimit`, counted in the shared store).
 */
export const registerRestRoutes = (
  app: FastifyInstance,
  options: {
    db: Db;
    router: TerminalRouter;
    routes: RestRoute[];
    prefix: string;
    rateLimit: RateLimitPolicy;
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
            await consumeRateLimit(options.db, options.rateLimit, bearer);
          } catch (error) {
            if (!isRateLimitedError(error)) throw error;
            reply.header('Retry-After', error.retryAfterSeconds);
            return sendError(reply, 429, {
              error: { code: 'rate_limited', message: 'Too many requests for this API key.' },
            });
          }
        }
        const body = (request.body ?? {}) as Record<string, unknown>;
        if (route.method !== 'GET' && (typeof body !== 'object' || Array.isArray(body)))
          return sendError(reply, 400, {
            error: { code: 'invalid_request', message: 'The body must be a JSON object.' },
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
            return sendError(reply, 400, {
              error: {
                code: 'invalid_request',
                message: 'Idempotency-Key: must be 1 to 255 characters',
              },
            });
          ctx.idempotency = {
            key: key.data,
            requestHash: createHash('sha256')
              .update(`${route.method} ${request.url.split('?')[0]} ${canonicalJson(body)}`)
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
          const { status, body: errorBody } = toErrorResponse(error);
          const retryAfter = retryAfterOf(error);
          if (retryAfter !== undefined) reply.header('Retry-After', retryAfter);
          if (status >= 500) request.log.error({ err: error }, 'procedure failed');
          return sendError(reply, status, errorBody);
        }
      },
    });
  }
};
