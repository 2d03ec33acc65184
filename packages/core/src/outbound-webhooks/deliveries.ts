import type { Db, Prisma, Tx, WebhookDeliveryStatus } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';

export type DeliveryFilter = {
  endpointId?: string;
  status?: WebhookDeliveryStatus;
  eventType?: string;
  /** The last delivery of the page before, for the next one (newest first). */
  cursor?: string;
  limit?: number;
};

/** An endpoint's deliveries, newest first, each with every attempt's request and response. */
export const listDeliveries = async (db: Db, filter: DeliveryFilter) => {
  const limit = filter.limit ?? 50;
  const where: Prisma.WebhookDeliveryWhereInput = {
    endpointId: filter.endpointId,
    status: filter.status,
    event: filter.eventType ? { type: filter.eventType } : undefined,
  };
  const rows = await db.webhookDelivery.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      endpointId: true,
      status: true,
      nextAttemptAt: true,
      createdAt: true,
      event: { select: { id: true, type: true, createdAt: true } },
      attemptLog: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          startedAt: true,
          durationMs: true,
          requestHeaders: true,
          requestBody: true,
          responseStatus: true,
          responseBody: true,
          error: true,
        },
      },
    },
  });
  const items = rows.slice(0, limit).map(({ attemptLog, ...delivery }) => ({
    ...delivery,
    attempts: attemptLog.map((attempt) => ({
      ...attempt,
      id: String(attempt.id),
      requestHeaders: attempt.requestHeaders as Record<string, string>,
    })),
  }));
  return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
};

/**
 * Sends a finished delivery again, as soon as a worker takes it, under the same `webhook-id`,
 * with a new retry schedule; one still on its way is refused.
 */
export const replayDelivery = async (
  tx: Tx,
  input: { deliveryId: string; staffUserId: string },
) => {
  const { count } = await tx.webhookDelivery.updateMany({
    where: { id: input.deliveryId, status: { in: ['SUCCEEDED', 'FAILED'] } },
    data: {
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: new Date(),
      lease: null,
      leaseUntil: null,
    },
  });
  if (!count) {
    const exists = await tx.webhookDelivery.findUnique({
      where: { id: input.deliveryId },
      select: { id: true },
    });
    throw new AppError(exists ? 'webhook_delivery_in_progress' : 'webhook_delivery_not_found');
  }
  const { endpointId, eventId } = await tx.webhookDelivery.findUniqueOrThrow({
    where: { id: input.deliveryId },
    select: { endpointId: true, eventId: true },
  });
  await tx.$executeRaw`SELECT pg_notify('webhooks_queued', '')`;
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'webhook_endpoint.replay',
    target: { type: 'webhook_endpoint', id: endpointId },
    data: { deliveryId: input.deliveryId, eventId },
  });
};
