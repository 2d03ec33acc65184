import type { Db } from '@fidele/db';

/** A provider's final word on an SMS: it reached the phone, or it never will. */
const DELIVERED = ['delivered'];
const UNDELIVERED = ['undelivered', 'failed'];

/**
 * An SMS provider's delivery report on one of our messages (its status callback names the
 * message): `delivered` is kept as the time it reached the phone, `undelivered` / `failed` as the
 * time the provider gave up, with its error code. Other statuses (queued, sending, sent) are on
 * the way and change nothing; a report for a message that is not an SMS of ours records nothing.
 * A late "undelivered" never undoes a delivery.
 */
export const recordSmsDelivery = async (
  db: Db,
  input: { messageId: string; status: string; errorCode?: string | null; at?: Date },
): Promise<{ recorded: boolean }> => {
  const at = input.at ?? new Date();
  const where = { id: input.messageId, channel: 'SMS' as const, deliveredAt: null };
  if (DELIVERED.includes(input.status)) {
    const { count } = await db.message.updateMany({
      where,
      data: { deliveredAt: at, undeliveredAt: null },
    });
    return { recorded: count > 0 };
  }
  if (UNDELIVERED.includes(input.status)) {
    const { count } = await db.message.updateMany({
      where,
      data: {
        undeliveredAt: at,
        lastError: `Not delivered: ${input.status}${input.errorCode ? ` (provider error ${input.errorCode})` : ''}`,
      },
    });
    return { recorded: count > 0 };
  }
  return { recorded: false };
};
