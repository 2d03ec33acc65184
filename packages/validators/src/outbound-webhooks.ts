import { z } from 'zod';
import { uuid } from './common.ts';

/** Every event an endpoint can receive (docs/webhooks.md describes each payload). */
export const WEBHOOK_EVENT_TYPES = [
  'customer.created',
  'points.earned',
  'points.redeemed',
  'code.issued',
  'code.redeemed',
  'tier.changed',
  'invitation.checked_in',
  'play.won',
  'contest.won',
  'customer.deleted',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An http:// address on this machine: accepted only where local http is allowed (development). */
export const isLocalHttpUrl = (url: string): boolean => {
  const parsed = URL.parse(url);
  return parsed?.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname);
};

/**
 * Where events are POSTed: https, or http to localhost / 127.0.0.1 (a receiver on the platform's
 * own machine, which the API refuses unless the admin allows local http); no credentials in it.
 */
export const webhookUrl = z
  .url({ protocol: /^https?$/ })
  .trim()
  .max(2000)
  .refine((url) => url.startsWith('https://') || isLocalHttpUrl(url), {
    message: 'Must be an https:// address',
  })
  .refine((url) => !URL.parse(url)?.username, { message: 'Must not hold a user name or password' });

export const webhookEndpointFields = z.object({
  url: webhookUrl,
  description: z.string().trim().max(500).default(''),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES))
    .min(1, 'Choose at least one event')
    .transform((events) => [...new Set(events)]),
  enabled: z.boolean().default(true),
});

export const webhookEndpointCreateInput = webhookEndpointFields;
export const webhookEndpointUpdateInput = webhookEndpointFields.extend({ endpointId: uuid });
export const webhookEndpointIdInput = z.object({ endpointId: uuid });

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SENDING', 'SUCCEEDED', 'FAILED'] as const;

export const webhookDeliveriesInput = z.object({
  endpointId: uuid,
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
  eventType: z.enum([...WEBHOOK_EVENT_TYPES, 'webhook.test']).optional(),
  cursor: uuid.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const webhookDeliveryIdInput = z.object({ deliveryId: uuid });
