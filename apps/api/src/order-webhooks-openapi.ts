import { orderEventInput } from '@fidele/validators';
import { z } from 'zod';

const errorBody = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBody } },
});

/**
 * The order webhook is a plain Fastify route (it needs the raw body), so its path item is written
 * here and merged into the document generated from the terminal procedures.
 */
export const withOrderWebhooks = <T extends { paths?: object; tags?: object[] }>(
  document: T,
): T => ({
  ...document,
  tags: [
    ...(document.tags ?? []),
    { name: 'webhooks', description: 'Signed order events pushed by an e-shop' },
  ],
  paths: {
    ...document.paths,
    '/webhooks/orders/{shopId}': {
      post: {
        tags: ['webhooks'],
        summary: 'Receive a signed order event (order.paid, order.refunded) from an e-shop',
        description:
          'Sign the exact body with the shop\'s webhook secret: header `Fidele-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, at most 5 minutes old. `order.paid` carries the fields of POST /purchases; `order.refunded` carries `{orderExternalId, refund: {externalId, amount | lines}}`. Each event id is applied once: a replay gets the same answer with `Idempotent-Replayed: true`.',
        security: [],
        parameters: [
          {
            name: 'shopId',
            in: 'path',
            required: true,
            schema: { type: 'string', format: 'uuid' },
          },
          {
            name: 'Fidele-Signature',
            in: 'header',
            required: true,
            schema: { type: 'string', example: 't=1800000000,v1=5bac6ce0…' },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(orderEventInput, { io: 'input' }) },
          },
        },
        responses: {
          200: {
            description: 'The event was applied (or replayed): the purchase or refund it made',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { received: { type: 'boolean' }, result: { type: 'object' } },
                  required: ['received', 'result'],
                },
              },
            },
          },
          400: errorResponse('invalid_request: the field at fault is named'),
          401: errorResponse('invalid_signature'),
          404: errorResponse('customer_not_found / purchase_not_found'),
          422: errorResponse(
            'refund_exceeds_purchase and the other refund refusals; idempotency_key_reused (this event id came with other data)',
          ),
        },
      },
    },
  },
});
