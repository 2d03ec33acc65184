import type { ErrorCode } from '@fidele/core';
import { described, errorResponses, EVERY_REQUEST, REPLAYED } from '@fidele/api/terminal';
import { orderEventInput } from '@fidele/validators';
import { z } from 'zod';

// An event is applied once by its id, so the webhook takes no Idempotency-Key; it has no API key.
const WEBHOOK_ERRORS: ErrorCode[] = [
  ...EVERY_REQUEST,
  'body_too_large',
  'invalid_signature',
  'card_token_invalid',
  'customer_not_found',
  'purchase_not_found',
  'purchase_conflict',
  'purchase_has_no_lines',
  'refund_exceeds_purchase',
  'refund_sku_not_in_purchase',
  'refund_quantity_exceeds_purchase',
  'idempotency_key_reused',
];

/** The event's own fields; those of its `data` are the REST contract's, described alike. */
const eventSchema = () => {
  const schema = z.toJSONSchema(orderEventInput, { io: 'input' }) as {
    anyOf?: { properties?: Record<string, { description?: string }> }[];
  };
  for (const branch of schema.anyOf ?? []) {
    const { id, type } = branch.properties ?? {};
    if (id)
      id.description = 'The event id: an event is applied once, a redelivery is answered the same.';
    if (type) type.description = '`order.paid` (a purchase) or `order.refunded` (a refund of one).';
  }
  return schema;
};

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
      post: described({
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
            'application/json': { schema: eventSchema() },
          },
        },
        responses: {
          200: {
            description: 'The event was applied (or replayed): the purchase or refund it made',
            headers: REPLAYED,
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
          ...errorResponses(WEBHOOK_ERRORS),
        },
      }),
    },
  },
});
