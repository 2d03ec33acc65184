import { describeZodError, errorBody, toErrorResponse } from '@fidele/api';
import type { Db } from '@fidele/db';
import { findWebhookSender, handleOrderEvent, verifySignature } from '@fidele/core/webhooks';
import { orderEventInput, unstorableTextMessage, unstorableTextPath } from '@fidele/validators';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError } from './error-reply.ts';

const parseJson = (rawBody: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(rawBody) };
  } catch {
    return { ok: false };
  }
};

/**
 * Order events an e-shop pushes, signed with its webhook secret. Registered as an encapsulated
 * plugin so only this route reads the body as a string: the HMAC must cover the exact bytes sent,
 * which re-serialised JSON would not reproduce.
 */
export const registerOrderWebhooks = (app: FastifyInstance, options: { db: Db; prefix: string }) =>
  app.register(async (scope) => {
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
        try {
          const answer = await options.db.$transaction(
            (tx) => handleOrderEvent(tx, { shop: sender.shop, event: event.data }),
            // Concurrent deliveries of one event queue on its row rather than fail.
            { maxWait: 10_000, timeout: 15_000 },
          );
          if (answer.replayed) reply.header('Idempotent-Replayed', 'true');
          return reply.code(answer.status).send(answer.response);
        } catch (error) {
          const response = toErrorResponse(error);
          if (response.status >= 500) request.log.error({ err: error }, 'order webhook failed');
          return sendError(reply, response);
        }
      },
    );
  });
