import { type Db, Prisma, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { generateEndpointSecret } from './signing.ts';

/** How long the secret a rotation replaced still signs deliveries beside the new one. */
export const ROTATION_OVERLAP_HOURS = 24;

/** The admin's type of event that only the test button sends, to one endpoint. */
export const TEST_EVENT_TYPE = 'webhook.test';

export type EndpointFields = {
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
};

/** An endpoint as the admin shows it: never its secret. */
export type EndpointView = EndpointFields & {
  id: string;
  failingSince: Date | null;
  disabledForFailuresAt: Date | null;
  previousSecretUntil: Date | null;
  createdAt: Date;
};

const VIEW = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  failingSince: true,
  disabledForFailuresAt: true,
  previousSecretUntil: true,
  createdAt: true,
} as const;

type Actor = { staffUserId: string };

const audit = (
  tx: Tx,
  actor: Actor,
  action: 'create' | 'update' | 'rotate_secret' | 'delete' | 'test',
  endpointId: string,
  data?: Prisma.InputJsonValue,
) =>
  recordAudit(tx, {
    actor: { type: 'STAFF', id: actor.staffUserId },
    action: `webhook_endpoint.${action}`,
    target: { type: 'webhook_endpoint', id: endpointId },
    data,
  });

/** Only the settings, whatever else the input carries (who acts, which endpoint). */
const fieldsOf = ({ url, description, events, enabled }: EndpointFields): EndpointFields => ({
  url,
  description,
  events,
  enabled,
});

export const webhookEndpointNotFound = () => new AppError('webhook_endpoint_not_found');

export const listEndpoints = (db: Db): Promise<EndpointView[]> =>
  db.webhookEndpoint.findMany({ select: VIEW, orderBy: { createdAt: 'asc' } });

export const getEndpoint = async (db: Db, id: string): Promise<EndpointView> => {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id }, select: VIEW });
  if (!endpoint) throw webhookEndpointNotFound();
  return endpoint;
};

/** A new endpoint and its secret, returned this once. */
export const createEndpoint = async (
  tx: Tx,
  input: EndpointFields & Actor,
): Promise<{ endpoint: EndpointView; secret: string }> => {
  const fields = fieldsOf(input);
  const secret = generateEndpointSecret();
  const endpoint = await tx.webhookEndpoint.create({ data: { ...fields, secret }, select: VIEW });
  await audit(tx, input, 'create', endpoint.id, fields);
  return { endpoint, secret };
};

/** Its address, words, events or switch; switched on again, its failures are forgotten. */
export const updateEndpoint = async (
  tx: Tx,
  input: EndpointFields & Actor & { endpointId: string },
): Promise<EndpointView> => {
  const { endpointId } = input;
  const fields = fieldsOf(input);
  const found = await tx.webhookEndpoint.findUnique({
    where: { id: endpointId },
    select: { enabled: true },
  });
  if (!found) throw webhookEndpointNotFound();
  const reenabled = fields.enabled && !found.enabled;
  const endpoint = await tx.webhookEndpoint.update({
    where: { id: endpointId },
    data: {
      ...fields,
      ...(reenabled ? { failingSince: null, disabledForFailuresAt: null } : {}),
      ...(!fields.enabled ? { failingSince: null } : {}),
    },
    select: VIEW,
  });
  await audit(tx, input, 'update', endpointId, fields);
  return endpoint;
};

/**
 * A new secret, returned this once; the old one keeps signing beside it for
 * `ROTATION_OVERLAP_HOURS`, so the receiver can switch without refusing a delivery.
 */
export const rotateEndpointSecret = async (
  tx: Tx,
  input: Actor & { endpointId: string; now?: Date },
): Promise<{ secret: string; previousSecretUntil: Date }> => {
  const now = input.now ?? new Date();
  const found = await tx.webhookEndpoint.findUnique({
    where: { id: input.endpointId },
    select: { secret: true },
  });
  if (!found) throw webhookEndpointNotFound();
  const secret = generateEndpointSecret();
  const previousSecretUntil = new Date(now.getTime() + ROTATION_OVERLAP_HOURS * 3600 * 1000);
  await tx.webhookEndpoint.update({
    where: { id: input.endpointId },
    data: { secret, previousSecret: found.secret, previousSecretUntil },
  });
  await audit(tx, input, 'rotate_secret', input.endpointId, {
    previousSecretUntil: previousSecretUntil.toISOString(),
  });
  return { secret, previousSecretUntil };
};

/** The endpoint and its deliveries go; the events stay (other endpoints may have them). */
export const deleteEndpoint = async (tx: Tx, input: Actor & { endpointId: string }) => {
  const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: input.endpointId } });
  if (!count) throw webhookEndpointNotFound();
  await audit(tx, input, 'delete', input.endpointId);
};

/** Queues a `webhook.test` event for this endpoint only, whatever it subscribes to. */
export const sendTestEvent = async (
  tx: Tx,
  input: Actor & { endpointId: string },
): Promise<{ eventId: string }> => {
  const found = await tx.webhookEndpoint.findUnique({
    where: { id: input.endpointId },
    select: { id: true },
  });
  if (!found) throw webhookEndpointNotFound();
  const [row] = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT queue_webhook_event(${TEST_EVENT_TYPE}, jsonb_build_object('endpointId', ${input.endpointId}::text),
                               ${input.endpointId}::uuid) AS id`);
  await audit(tx, input, 'test', input.endpointId, { eventId: row!.id });
  return { eventId: row!.id };
};
