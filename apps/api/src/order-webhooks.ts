import {
  type Context,
  createCallerFactory,
  describeZodError,
  errorBody,
  toErrorResponse,
} from '@fidele/api';
import type { TerminalRouter } from '@fidele/api/terminal';
import type { Db } from '@fidele/db';
import { findWebhookSender, verifySignature } from '@fidele/core/webhooks';
import { orderEventInput, unstorableTextMessage, unstorableTextPath } from '@fidele/validators';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { sendError } from './error-reply.ts';
import { requestHash } from './request-hash.ts';

const parseJson = (rawBody: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(rawBody) };
  } catch {
    return { ok: false };
  }
};

type Caller = ReturnType<TerminalRouter['createCaller']>;

/** An event is the request POST /purchases or POST /purchases/{externalId}/refunds would make. */
const apply = (caller: Caller, event: z.output<typeof orderEventInput>) =>
  event.type === 'order.paid'
    ? caller.purchases.create(event.data)
    : caller.purchases.refund({
        purchaseExternalId: event.data.orderExternalId,
        ...event.data.refund,
      });

/**
 * Order events an e-shop pushes, signed with its webhook secret, applied by the same terminal
 * procedures as the REST API, with the event id as their idempotency key. Registered as an
 * encapsulated plugin so only this route reads the body as a string: the HMAC must cover the
 * exact bytes sent, which re-serialised JSON would not reproduce.
 */
export const registerOrderWebhooks = (
  app: FastifyInstance,
  options: { db: Db; prefix: string; router: TerminalRouter },
) => {
  const createCaller = createCallerFactory(options.router);
  return app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: { shopId: string }; Body: string }>(
      `${options.prefix}/webhooks/orders/:shopId`,
      async (request, reply: FastifyReply) => {
        const rawBody = typeof request.body === 'string' ? request.body : '';
        const sender = await findWebhookSender(options.db, request.params.shopId);
        const header = request.headers['fidele-signature'];
        if (
          !sender ||
          !verifySignature({
            secret: sender.secret,
            header: typeof header === 'string' ? header : undefined,
            rawBody,
            now: Math.floor(Date.now() / 1000),
          })
        )
          return sendError(reply, { status: 401, body: errorBody('invalid_signature') });
        const json = parseJson(rawBody);
        if (!json.ok)
          return sendError(reply, {
            status: 400,
            body: errorBody('invalid_request', 'The body must be valid JSON.'),
          });
        const unstorable = unstorableTextPath(json.value);
        if (unstorable)
          return sendError(reply, {
            status: 400,
            body: errorBody('invalid_request', unstorableTextMessage(unstorable)),
          });
        const event = orderEventInput.safeParse(json.value);
        if (!event.success)
          return sendError(reply, {
            status: 400,
            body: errorBody('invalid_request', describeZodError(event.error)),
          });
        // The event as parsed (unknown fields dropped): its depth is the schema's.
        const hash = requestHash('POST', request.url, event.data);
        if (hash === undefined)
          return sendError(reply, {
            status: 400,
            body: errorBody('invalid_request', 'The body is nested too deeply.'),
          });
        const ctx: Context = {
          db: options.db,
          terminal: sender.terminal,
          response: {},
          // A delivery while the same event is being applied waits for it, then replays it.
          idempotency: {
            key: event.data.id,
            requestHash: hash,
            queue: true,
            refusalsRetryable: true,
          },
        };
        try {
          const result = await apply(createCaller(ctx), event.data);
          if (ctx.response.replayed) reply.header('Idempotent-Replayed', 'true');
          return reply.code(200).send({ received: true, result });
        } catch (error) {
          const response = toErrorResponse(error);
          if (ctx.response.replayed) reply.header('Idempotent-Replayed', 'true');
          if (response.status >= 500) request.log.error({ err: error }, 'order webhook failed');
          return sendError(reply, response);
        }
      },
    );
  });
};
