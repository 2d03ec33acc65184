import type { Db } from '@fidele/db';

/** A finished delivery's attempts stay visible (and replayable) this long after its last one. */
export const WEBHOOK_HISTORY_DAYS = 30;

/**
 * Forgets deliveries finished (delivered or failed) with no attempt for `WEBHOOK_HISTORY_DAYS`,
 * their attempts with them, then the events no delivery names any more: the tables stay the
 * size of a month of events, however many purchases the endpoints hear of.
 */
export const purgeWebhookHistory = async (db: Db, now: Date = new Date()) => {
  const before = new Date(now.getTime() - WEBHOOK_HISTORY_DAYS * 24 * 3600 * 1000);
  const deliveries = await db.webhookDelivery.deleteMany({
    where: {
      status: { in: ['SUCCEEDED', 'FAILED'] },
      createdAt: { lt: before },
      attemptLog: { none: { startedAt: { gte: before } } },
    },
  });
  const events = await db.webhookEvent.deleteMany({
    where: { createdAt: { lt: before }, deliveries: { none: {} } },
  });
  return { deliveries: deliveries.count, events: events.count };
};
