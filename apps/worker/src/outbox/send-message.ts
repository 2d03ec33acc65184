import {
  claimMessage,
  recordMessageFailure,
  recordMessageSent,
  type SendingHours,
} from '@fidele/core/messages';
import type { Db, MessageChannel } from '@fidele/db';
import type { MessageSender } from '@fidele/messaging';
import type { Logger } from 'pino';

export type OutboxSettings = {
  leaseSeconds: number;
  /** A first attempt and this many retries, with the queue's backoff between them. */
  maxAttempts: number;
  /** How long a failed message waits for its job's retry before it is dispatched anew. */
  retryWithinSeconds: number;
};

/**
 * One message's sending job: take it (consent, hours and cap checked), send it under its id,
 * record its one delivery. A failure before the provider took it is retried by the queue until
 * the attempts run out; a held, skipped or already finished message leaves nothing to do.
 */
export const sendOutboxMessage = async (
  deps: {
    db: Db;
    sender: MessageSender;
    log: Logger;
    settings: OutboxSettings;
    /** The programme's sending hours per channel, as they stand now. */
    sendingHours: Record<MessageChannel, SendingHours | null>;
  },
  messageId: string,
): Promise<void> => {
  const { db, sender, log, settings } = deps;
  const outcome = await claimMessage(db, {
    messageId,
    leaseSeconds: settings.leaseSeconds,
    sendingHours: deps.sendingHours,
  });
  if (!('send' in outcome)) {
    if ('held' in outcome || 'skipped' in outcome)
      log.debug({ messageId, outcome }, 'message not sent now');
    return;
  }
  const message = outcome.send;
  let sent: Awaited<ReturnType<MessageSender['send']>>;
  try {
    sent = await sender.send(messageId, message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const { retry } = await recordMessageFailure(db, {
      messageId,
      error: reason,
      maxAttempts: settings.maxAttempts,
      retryWithinSeconds: settings.retryWithinSeconds,
    });
    log.warn({ messageId, err: error, retry }, 'message not sent');
    if (retry) throw error;
    return;
  }
  // Outside the failure path: once the provider took it, a failed record leaves the message
  // SENDING, so its lease runs out and the resend is counted as one, never as a clean retry.
  await recordMessageSent(db, {
    messageId,
    sentTo: sent.sentTo,
    summary: sent.summary,
    delivered: sent.delivered,
    // The provider had not seen it although an earlier attempt may have reached it.
    resent: message.interrupted && !sent.alreadySent,
  });
};
