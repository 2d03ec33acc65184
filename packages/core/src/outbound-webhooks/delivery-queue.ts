import { type Db, Prisma, queryRows } from '@fidele/db';
import type { AttemptResult } from './http-delivery.ts';
import { retryDelaySeconds, shouldDisableEndpoint } from './retry-schedule.ts';

/** A delivery a worker holds until its lease ends: what to send, where, signed with which secrets. */
export type ClaimedDelivery = {
  deliveryId: string;
  lease: string;
  /** This attempt's number since the delivery was queued or replayed (from 1). */
  attempt: number;
  eventId: string;
  body: string;
  url: string;
  secrets: string[];
};

/**
 * Takes up to `batch` due deliveries of enabled endpoints, each for `leaseSeconds`: pending ones
 * whose time has come and those whose worker let its lease run out (it died mid-flight; the
 * interrupted attempt counts). Rows another worker is taking are skipped, so workers never take
 * the same delivery at once; the lease token lets only the holder record the outcome.
 */
export const claimDueDeliveries = async (
  db: Db,
  {
    leaseSeconds,
    batch = 20,
    now = new Date(),
  }: { leaseSeconds: number; batch?: number; now?: Date },
): Promise<ClaimedDelivery[]> => {
  const rows = await queryRows<
    Omit<ClaimedDelivery, 'secrets'> & { secret: string; previousSecret: string | null }
  >(
    db,
    Prisma.sql`
    WITH due AS (
      SELECT d.id FROM "WebhookDelivery" d
      JOIN "WebhookEndpoint" e ON e.id = d."endpointId" AND e.enabled
      WHERE (d.status = 'PENDING' AND d."nextAttemptAt" <= ${now}::timestamptz)
         OR (d.status = 'SENDING' AND d."leaseUntil" < ${now}::timestamptz)
      ORDER BY d."nextAttemptAt"
      LIMIT ${batch}
      FOR UPDATE OF d SKIP LOCKED
    ), taken AS (
      UPDATE "WebhookDelivery" d
      SET status = 'SENDING', attempts = d.attempts + 1, lease = gen_random_uuid(),
          "leaseUntil" = ${now}::timestamptz + make_interval(secs => ${leaseSeconds})
      FROM due WHERE d.id = due.id
      RETURNING d.id, d.lease, d.attempts, d."eventId", d."endpointId"
    )
    SELECT taken.id AS "deliveryId", taken.lease::text AS lease, taken.attempts AS attempt,
           ev.id AS "eventId", ev.payload::text AS body, e.url, e.secret,
           CASE WHEN e."previousSecretUntil" > ${now}::timestamptz THEN e."previousSecret" END AS "previousSecret"
    FROM taken
    JOIN "WebhookEvent" ev ON ev.id = taken."eventId"
    JOIN "WebhookEndpoint" e ON e.id = taken."endpointId"`,
  );
  return rows.map(({ previousSecret, secret, ...row }) => ({
    ...row,
    secrets: [secret, ...(previousSecret ? [previousSecret] : [])],
  }));
};

export type RecordedOutcome = {
  /** `lost`: another worker took the delivery after this one's lease ran out; nothing recorded. */
  outcome: 'succeeded' | 'retrying' | 'failed' | 'lost';
  /** The endpoint this failure switched off (5 days of failures), for its owners to be told. */
  disabledEndpoint?: { id: string; url: string };
};

/**
 * Records one attempt and what follows: success, the next try of the schedule, or failure once it
 * is spent. A failure keeps the endpoint's `failingSince`; five days of it switch the endpoint off.
 */
export const recordDeliveryAttempt = (
  db: Db,
  claimed: ClaimedDelivery,
  result: AttemptResult,
  now: Date = new Date(),
): Promise<RecordedOutcome> =>
  db.$transaction(async (tx) => {
    const delay = result.ok ? null : retryDelaySeconds(claimed.attempt);
    const status = result.ok ? 'SUCCEEDED' : delay === null ? 'FAILED' : 'PENDING';
    const [delivery] = await tx.$queryRaw<{ endpointId: string }[]>(Prisma.sql`
      UPDATE "WebhookDelivery"
      SET status = ${status}::"WebhookDeliveryStatus", lease = NULL, "leaseUntil" = NULL,
          "nextAttemptAt" = ${now}::timestamptz + make_interval(secs => ${delay ?? 0})
      WHERE id = ${claimed.deliveryId}::uuid AND lease = ${claimed.lease}::uuid
      RETURNING "endpointId"`);
    if (!delivery) return { outcome: 'lost' };
    await tx.webhookAttempt.create({
      data: {
        deliveryId: claimed.deliveryId,
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        requestHeaders: result.requestHeaders,
        requestBody: result.requestBody,
        responseStatus: result.responseStatus,
        responseBody: result.responseBody,
        error: result.error,
      },
    });
    const outcome = result.ok ? 'succeeded' : delay === null ? 'failed' : 'retrying';
    if (result.ok) {
      await tx.webhookEndpoint.updateMany({
        where: { id: delivery.endpointId, failingSince: { not: null } },
        data: { failingSince: null },
      });
      return { outcome };
    }
    const [endpoint] = await tx.$queryRaw<{ failingSince: Date; url: string }[]>(Prisma.sql`
      UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", ${result.startedAt}::timestamptz)
      WHERE id = ${delivery.endpointId}::uuid AND enabled
      RETURNING "failingSince", url`);
    if (!endpoint || !shouldDisableEndpoint(endpoint.failingSince, now)) return { outcome };
    await tx.webhookEndpoint.update({
      where: { id: delivery.endpointId },
      data: { enabled: false, disabledForFailuresAt: now },
    });
    return { outcome, disabledEndpoint: { id: delivery.endpointId, url: endpoint.url } };
  });

/** The active owners, told when an endpoint is switched off. */
export const ownersToNotify = (db: Db) =>
  db.staffUser.findMany({
    where: { role: 'OWNER', disabledAt: null, passwordHash: { not: null } },
    select: { email: true, name: true, locale: true },
  });
