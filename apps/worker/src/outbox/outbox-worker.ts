import { dispatchDueMessages, getMessageSettings, sendingHoursOf } from '@fidele/core/messages';
import { type Db, listenToNotifications } from '@fidele/db';
import type { MessageSender } from '@fidele/messaging';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { type OutboxSettings, sendOutboxMessage } from './send-message.ts';

export const SEND_QUEUE = 'message-send';
const DISPATCH_BATCH = 500;
/** A dispatched message's job has this many sending leases to start before another is made. */
const DISPATCH_LEASES = 5;

/**
 * Sends the outbox: a dispatcher hands due messages to `message-send` jobs (one per message) as
 * soon as a statement queues some (LISTEN), when held ones fall due, and when a job's lease runs
 * out; the jobs send them, many at a time, each failing or succeeding on its own.
 */
export const startOutbox = async (deps: {
  boss: PgBoss;
  db: Db;
  databaseUrl: string;
  sender: MessageSender;
  log: Logger;
  settings: OutboxSettings;
}) => {
  const { boss, db, log, settings } = deps;
  const retryLimit = settings.maxAttempts - 1;
  await boss.createQueue(SEND_QUEUE, {
    name: SEND_QUEUE,
    retryLimit,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: settings.leaseSeconds * DISPATCH_LEASES,
  });
  await boss.work<{ messageId: string }>(
    SEND_QUEUE,
    { batchSize: 100, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      // Read for each batch, so a change in the admin applies to the next messages taken.
      const sendingHours = sendingHoursOf(await getMessageSettings(db));
      await Promise.all(
        jobs.map((job) =>
          sendOutboxMessage({ ...deps, sendingHours }, job.data.messageId).catch((error: unknown) =>
            boss.fail(SEND_QUEUE, job.id, {
              message: error instanceof Error ? error.message : String(error),
            }),
          ),
        ),
      );
    },
  );

  let running: Promise<void> | undefined;
  let again = false;
  const dispatchAll = async () => {
    do {
      again = false;
      let ids: string[];
      do {
        ids = await dispatchDueMessages(db, {
          leaseSeconds: settings.leaseSeconds * DISPATCH_LEASES,
          batch: DISPATCH_BATCH,
        });
        if (ids.length)
          await boss.insert(ids.map((messageId) => ({ name: SEND_QUEUE, data: { messageId } })));
      } while (ids.length === DISPATCH_BATCH);
    } while (again);
  };
  const dispatch = () => {
    if (running) {
      again = true;
      return;
    }
    running = dispatchAll()
      .catch((error: unknown) => log.error({ err: error }, 'dispatching messages failed'))
      .finally(() => {
        running = undefined;
      });
  };

  const listener = listenToNotifications(deps.databaseUrl, 'messages_queued', {
    onNotify: dispatch,
    onReset: dispatch,
  });
  // Held messages fall due and leases run out without any notification.
  const timer = setInterval(dispatch, Math.min(10, settings.leaseSeconds / 2) * 1000);
  dispatch();
  return {
    stop: async () => {
      clearInterval(timer);
      await listener.close();
      await running;
    },
  };
};
