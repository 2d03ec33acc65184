import { type Context, createCallerFactory, errorBody, toErrorResponse } from '@fidele/api';
import type { RestRoute, TerminalRouter } from '@fidele/api/terminal';
import {
  consumeRateLimit,
  isRateLimitedError,
  RATE_LIMITS,
  type RateLimitPolicy,
} from '@fidele/core/rate-limits';
import type { ApiKeyCache } from '@fidele/core/api-keys';
import type { Db } from '@fidele/db';
import { idempotencyKey } from '@fidele/validators';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from './error-reply.ts';
import { requestHash } from './request-hash.ts';

type AnyCall = (input: unknown) => Promise<unknown>;

/** `/customers/{id}/rewards` → `/customers/:id/rewards` */
const toFastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const bearerOf = (request: FastifyRequest) => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
};

/** Counts one use of `policy` by `subject`: the refusal to send once it is used up, else nothing. */
const overLimit = async (db: Db, policy: RateLimitPolicy, subject: string, message: string) => {
  try {
    await consumeRateLimit(db, policy, subject);
    return undefined;
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    return {
      status: 429,
      body: errorBody('rate_limited', message),
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
};

const WITHOUT_KEY = 'Too many requests without a valid API key from this address.';

/**
 * Publishes the terminal procedures as the REST contract (docs/pos-api.md): input from path, query
 * and body; the procedure's status; the `{error:{code,message}}` shape; `Idempotency-Key` on POSTs;
 * a rate limit per key (`rateLimit`, counted in the shared store).
 */
export const registerRestRoutes = (
  app: FastifyInstance,
  options: {
    db: Db;
    apiKeys?: ApiKeyCache;
    router: TerminalRouter;
    routes: RestRoute[];
    prefix: string;
    rateLimit: RateLimitPolicy;
  },
) => {
  const createCaller = createCallerFactory(options.router);
  const perKey = (bearer: string) =>
    overLimit(options.db, options.rateLimit, bearer, 'Too many requests for this API key.');
  const perAddress = (address: string) =>
    overLimit(options.db, RATE_LIMITS.requestsWithoutKeyPerIp, address, WITHOUT_KEY);
  for (const route of options.routes) {
    // The answer serialized from its schema (fast-json-stringify) rather than by JSON.stringify.
    const answers = route.answerSchema && {
      [route.successStatus]: route.answerSchema,
      ...(route.resentStatus ? { [route.resentStatus]: route.answerSchema } : {}),
    };
    app.route({
      method: route.method,
      url: options.prefix + toFastifyPath(route.path),
      ...(answers ? { schema: { response: answers } } : {}),
      handler: async (request, reply) => {
        const bearer = bearerOf(request);
        // Requests with a key count against it; those without a valid one against their address,
        // so guessing keys (a new one each time) is limited too, and a shop's real keys are not.
        const counted =
          route.path === '/health'
            ? undefined
            : bearer
              ? await perKey(bearer)
              : await perAddress(request.ip);
        if (counted) return sendError(reply, counted);
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
        const ctx: Context = { db: options.db, apiKeys: options.apiKeys, bearer, response: {} };
        const keyHeader = request.headers['idempotency-key'];
        if (route.method === 'POST' && keyHeader !== undefined) {
          const key = idempotencyKey.safeParse(keyHeader);
          if (!key.success)
            return sendError(reply, {
              status: 400,
              body: errorBody('invalid_request', 'Idempotency-Key: must be 1 to 255 characters'),
            });
          const hash = requestHash(route.method, request.url, body);
          if (hash === undefined)
            return sendError(reply, {
              status: 400,
              body: errorBody('invalid_request', 'The body is nested too deeply.'),
            });
          ctx.idempotency = {
            key: key.data,
            requestHash: hash,
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
          const refusedKey =
            bearer && response.status === 401 ? await perAddress(request.ip) : undefined;
          if (refusedKey) return sendError(reply, refusedKey);
          if (ctx.response.replayed) reply.header('Idempotent-Replayed', 'true');
          if (response.status >= 500) request.log.error({ err: error }, 'procedure failed');
          return sendError(reply, response);
        }
      },
    });
  }
};
