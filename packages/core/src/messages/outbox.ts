import { type Db, type MessageChannel, type MessageKind, Prisma, queryRows } from '@fidele/db';
import { DEFAULT_SENDING_HOURS, nextSendingSlot, type SendingHours } from './sending-hours.ts';

/** How long a job owns a message it took: past it, the message is dispatched again. */
export type OutboxLeases = { leaseSeconds: number };

/**
 * Hands due messages to sending jobs: queued ones whose time has come, and those whose job let its
 * lease run out (a worker that died before or during the send; one that died while SENDING counts
 * an interrupted attempt). Locked rows are left to the dispatcher that holds them, so several
 * workers can dispatch at once. Returns the ids to give one job each.
 */
export const dispatchDueMessages = async (
  db: Db,
  { now = new Date(), batch = 500, leaseSeconds }: OutboxLeases & { now?: Date; batch?: number },
): Promise<string[]> => {
  const rows = await queryRows<{ id: string }>(
    db,
    Prisma.sql`
    UPDATE "Message" m
    SET status = 'DISPATCHED',
        "interruptedAttempts" = m."interruptedAttempts" + (m.status = 'SENDING')::int,
        "leaseUntil" = ${now}::timestamptz + make_interval(secs => ${leaseSeconds})
    WHERE m.id IN (
      SELECT id FROM "Message"
      WHERE (status = 'QUEUED' AND "sendAfter" <= ${now}::timestamptz)
         OR (status IN ('DISPATCHED', 'SENDING') AND "leaseUntil" < ${now}::timestamptz)
      ORDER BY "sendAfter"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED)
    RETURNING m.id`,
  );
  return rows.map((row) => row.id);
};

/** A message a job may send now: its address, the words its template needs. */
export type MessageToSend = {
  channel: MessageChannel;
  kind: MessageKind;
  marketing: boolean;
  data: Record<string, unknown>;
  to: string;
  locale: string;
  firstName: string;
  customerId: string;
  /** An earlier attempt was interrupted after it may have reached the provider. */
  interrupted: boolean;
  /** Its automation's own words (subjectEn, bodyFr…), null where it keeps the default wording. */
  words: Record<string, string | null> | null;
};

export type ClaimOutcome =
  | { send: MessageToSend }
  | { held: 'QUIET_HOURS' | 'FREQUENCY_CAP'; until: string }
  | { skipped: 'NO_CONSENT' | 'NO_ADDRESS' | 'AUTOMATION_OFF' }
  | { busy: true }
  | { done: true };

/**
 * Takes a dispatched message for sending (`claim_message`, one round trip): consent, sending hours
 * and frequency cap checked as it is taken, so a withdrawal or a cap reached since it was queued
 * holds. Anything but `send` leaves nothing to do.
 */
export const claimMessage = async (
  db: Db,
  input: {
    messageId: string;
    now?: Date;
    leaseSeconds: number;
    sendingHours?: Record<MessageChannel, SendingHours | null>;
  },
): Promise<ClaimOutcome> => {
  const now = input.now ?? new Date();
  const hours = input.sendingHours ?? DEFAULT_SENDING_HOURS;
  // The channel is read with the message: both slots go, the function uses its channel's.
  const [row] = await queryRows<{ outcome: ClaimOutcome }>(
    db,
    Prisma.sql`
    SELECT claim_message(${input.messageId}::uuid, ${now}::timestamptz,
      make_interval(secs => ${input.leaseSeconds}),
      ${nextSendingSlot(now, hours.EMAIL)}::timestamptz,
      ${nextSendingSlot(now, hours.SMS)}::timestamptz) AS outcome`,
  );
  return row!.outcome;
};

/** The provider took the message: its one delivery is recorded, with what it said and where. */
export const recordMessageSent = async (
  db: Db,
  input: {
    messageId: string;
    sentTo: string;
    summary: string;
    resent: boolean;
    /** The provider delivered it as it took it (the development SMS outbox). */
    delivered?: boolean;
    now?: Date;
  },
) => {
  const now = input.now ?? new Date();
  await db.message.updateMany({
    where: { id: input.messageId, status: 'SENDING' },
    data: {
      status: 'SENT',
      sentAt: now,
      deliveredAt: input.delivered ? now : undefined,
      sentTo: input.sentTo,
      summary: input.summary.slice(0, 1600),
      resent: input.resent,
      leaseUntil: null,
      lastError: null,
    },
  });
};

/**
 * The send failed before the provider took it. While attempts are left the message waits for its
 * job's retry (its lease outlasts the backoff); after the last, it has FAILED. Returns whether a
 * retry follows.
 */
export const recordMessageFailure = async (
  db: Db,
  input: {
    messageId: string;
    error: string;
    maxAttempts: number;
    retryWithinSeconds: number;
    now?: Date;
  },
): Promise<{ retry: boolean }> => {
  const now = input.now ?? new Date();
  const [row] = await queryRows<{ status: string }>(
    db,
    Prisma.sql`
    UPDATE "Message"
    SET status = CASE WHEN attempts >= ${input.maxAttempts} THEN 'FAILED' ELSE 'DISPATCHED' END::"MessageStatus",
        "leaseUntil" = CASE WHEN attempts >= ${input.maxAttempts} THEN NULL
                       ELSE ${now}::timestamptz + make_interval(secs => ${input.retryWithinSeconds}) END,
        "lastError" = ${input.error.slice(0, 1000)}
    WHERE id = ${input.messageId}::uuid AND status = 'SENDING'
    RETURNING status::text`,
  );
  return { retry: row?.status === 'DISPATCHED' };
};
