import { messageLinkToken } from '@fidele/core/messages';
import { createDb } from '@fidele/db';
import { createMailer, createMessageSender, smsProviderFromEnv } from '@fidele/messaging';
import PgBoss from 'pg-boss';
import pino from 'pino';
import { env } from './env.ts';
import { jobs } from './jobs/index.ts';
import { startOutbox } from './outbox/outbox-worker.ts';
import { startWebhookSender, webhookSenderSettings } from './webhooks/webhook-sender.ts';

// Durable jobs on PostgreSQL (pg-boss): several workers can run; each job is claimed once.
const log = pino({ level: env.LOG_LEVEL });
const db = createDb(env.DATABASE_URL, { max: 5 });
const boss = new PgBoss({ connectionString: env.DATABASE_URL, schema: 'pgboss' });
boss.on('error', (error) => log.error({ err: error }, 'pg-boss error'));

await boss.start();
for (const job of jobs) {
  await boss.createQueue(job.name);
  await boss.work(job.name, async () => job.run({ db, log: log.child({ job: job.name }) }));
  if (job.cron) await boss.schedule(job.name, job.cron);
}
const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, pool: true });
const outbox = await startOutbox({
  boss,
  db,
  databaseUrl: env.DATABASE_URL,
  log: log.child({ job: 'outbox' }),
  sender: createMessageSender({
    mailer,
    sms: smsProviderFromEnv(db, process.env),
    links: {
      portalUrl: env.PORTAL_URL,
      unsubscribeToken: (messageId) =>
        messageLinkToken('unsubscribe', messageId, env.MESSAGE_LINK_SECRET),
      trackingToken: (messageId) => messageLinkToken('track', messageId, env.MESSAGE_LINK_SECRET),
    },
    messageIdDomain: new URL(env.PORTAL_URL).hostname,
  }),
  settings: { leaseSeconds: env.MESSAGE_LEASE_SECONDS, maxAttempts: 5, retryWithinSeconds: 900 },
});
const webhooks = startWebhookSender({
  db,
  databaseUrl: env.DATABASE_URL,
  log: log.child({ job: 'webhooks' }),
  settings: webhookSenderSettings(env.WEBHOOK_LEASE_SECONDS),
  owners: { mailer, adminUrl: env.ADMIN_URL },
});
log.info({ jobs: jobs.map((j) => j.name) }, 'worker ready');

const shutdown = async () => {
  await outbox.stop();
  await webhooks.stop();
  await boss.stop({ graceful: true, timeout: 10_000 });
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
