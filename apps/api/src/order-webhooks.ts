import {
  type Context,
  createCallerFactory,
  describeZodError,
  type ErrorBody,
  toErrorResponse,
} from '@fidele/api';
import type { TerminalRouter } from '@fidele/api/terminal';
import type { Db } from '@fidele/db';
import { findWebhookSender, verifySignature } from '@fidele/core/webhooks';
import { orderEventInput } from '@fidele/validators';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { requestHash } from './request-hash.ts';

const invalidSignature: ErrorBody = {
  error: {
    code: 'invalid_signature',
    message: 'Missing, invalid or expired Fidele-Signature for this shop.',
  },
};

const invalidRequest = (message: string): ErrorBody => ({
  error: { code: 'invalid_request', message },
});

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
          return reply.code(401).send(invalidSignature);
        const json = parseJson(rawBody);
        if (!json.ok) return reply.code(400).send(invalidRequest('The body must be valid JSON.'));
        const event = orderEventInput.safeParse(json.value);
        if (!event.success)
          return reply.code(400).send(invalidRequest(describeZodError(event.error)));
        const ctx: Context = {
          db: options.db,
          terminal: sender.terminal,
          response: {},
          // A delivery while the same event is being applied waits for it, then replays it.
          idempotency: {
            key: event.data.id,
            requestHash: requestHash('POST', request.url, json.value),
            queue: true,
          },
        };
        try {
          const result = await apply(createCaller(ctx), event.data);
          if (ctx.response.replayed) reply.header('Idempotent-Replayed', 'true');
          return reply.code(200).send({ received: true, result });
        } catch (error) {
          const { status, body } = toErrorResponse(error);
          if (status >= 500) request.log.error({ err: error }, 'order webhook failed');
          return reply.code(status).send(body);
        }
      },
    );
  });
};
