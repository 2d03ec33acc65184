import { webhookEndpointFields, type WebhookEventType } from '@fidele/validators';
import type { z } from 'zod';
import { readWithSchema } from '../../../lib/form-reading.ts';

/** An endpoint's settings as the procedures take them. */
export type EndpointInput = z.output<typeof webhookEndpointFields>;

export type EndpointFormValues = {
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
};

export type EndpointField = keyof EndpointFormValues;

export const newEndpointForm: EndpointFormValues = {
  url: '',
  description: '',
  events: [],
  enabled: true,
};

export const endpointFormFrom = (endpoint: {
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
}): EndpointFormValues => ({
  url: endpoint.url,
  description: endpoint.description,
  events: endpoint.events as WebhookEventType[],
  enabled: endpoint.enabled,
});

const FIELDS = new Set<string>([
  'url',
  'description',
  'events',
  'enabled',
] satisfies EndpointField[]);

/** The form field a key of the procedure's input is typed in; null when none is. */
export const endpointField = (key: PropertyKey | undefined): EndpointField | null =>
  FIELDS.has(String(key)) ? (String(key) as EndpointField) : null;

/** Reads the form with the procedure's own schema, so the browser refuses what the server would. */
export const readEndpointForm = (values: EndpointFormValues) =>
  readWithSchema(webhookEndpointFields, values, {
    standIns: { url: 'https://receiver.example', description: '', events: ['points.earned'] },
    field: endpointField,
  });
