import {
  claimDueDeliveries,
  ownersToNotify,
  postDelivery,
  recordDeliveryAttempt,
} from '@fidele/core/outbound-webhooks';
import { type Db, listenToNotifications } from '@fidele/db';
import { type Mailer, webhookEndpointDisabledEmail } from '@fidele/messaging';
import type { Logger } from 'pino';

export type WebhookSenderSettings = {
  /** How long a worker holds a delivery it took; past it another worker sends it again. */
  leaseSeconds: number;
  /** A receiver answering later than this has failed the attempt (well within the lease). */
  timeoutMs: number;
  /** Deliveries taken at once by one worker. */
  batch: number;
};

/** A receiver has 10 s to answer, and always less than half the lease. */
export const webhookSenderSettings = (leaseSeconds: number): WebhookSenderSettings => ({
  leaseSeconds,
  timeoutMs: Math.min(10_000, leaseSeconds * 500),
  batch: 20,
});

type Deps = {
  db: Db;
  log: Logger;
  settings: WebhookSenderSettings;
  /** Tells the owners an endpoint was switched off; the admin's page it links to. */
  owners: { mailer: Mailer; adminUrl: string };
  fetchImpl?: typeof fetch;
};

/**
 * Takes the due deliveries (a batch at a time) and sends each, recording every attempt; returns
 * how many it sent. A worker killed in between leaves its deliveries SENDING until their lease
 * ends, when any worker sends them again under the same event id.
 */
export const sendDueWebhooks = async (deps: Deps): Promise<number> => {
  const { db, log, settings } = deps;
  let sent = 0;
  for (;;) {
    const claimed = await claimDueDeliveries(db, settings);
    await Promise.all(
      claimed.map(async (delivery) => {
        const result = await postDelivery(delivery, settings.timeoutMs, deps.fetchImpl);
        const recorded = await recordDeliveryAttempt(db, delivery, result);
        if (!result.ok)
          log.warn(
            {
              deliveryId: delivery.deliveryId,
              status: result.responseStatus,
              error: result.error,
              outcome: recorded.outcome,
            },
            'webhook attempt failed',
          );
        if (recorded.disabledEndpoint) await tellOwners(deps, recorded.disabledEndpoint);
      }),
    );
    sent += claimed.length;
    if (claimed.length < settings.batch) return sent;
  }
};

const tellOwners = async (deps: Deps, endpoint: { id: string; url: string }) => {
  const deliveriesUrl = new URL(`/webhooks/${endpoint.id}`, deps.owners.adminUrl).toString();
  for (const owner of await ownersToNotify(deps.db)) {
    const email = await webhookEndpointDisabledEmail({
      to: owner.email,
      name: owner.name,
      locale: owner.locale === 'fr' ? 'fr' : 'en',
      endpointUrl: endpoint.url,
      deliveriesUrl,
    });
    await deps.owners.mailer
      .send(email)
      .catch((error: unknown) =>
        deps.log.error({ err: error, endpointId: endpoint.id }, 'could not tell an owner'),
      );
  }
};

/**
 * Sends webhooks as soon as a statement queues some (LISTEN `webhooks_queued`), and every few
 * seconds for retries falling due and leases running out. One pass at a time per worker; several
 * workers share the deliveries through their leases.
 */
export const startWebhookSender = (deps: Deps & { databaseUrl: string; pollSeconds?: number }) => {
  let running: Promise<void> | undefined;
  let again = false;
  const pass = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await sendDueWebhooks(deps);
      } while (again);
    })()
      .catch((error: unknown) => deps.log.error({ err: error }, 'sending webhooks failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const listener = listenToNotifications(deps.databaseUrl, 'webhooks_queued', {
    onNotify: pass,
    onReset: pass,
  });
  const timer = setInterval(pass, (deps.pollSeconds ?? 5) * 1000);
  pass();
  return {
    stop: async () => {
      clearInterval(timer);
      await listener.close();
      await running;
    },
  };
};
