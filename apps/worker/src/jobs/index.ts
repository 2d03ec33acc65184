import { rollUpActivity } from '@fidele/core/dashboard';
import { awardBirthdayBonuses } from '@fidele/core/earning';
import { purgeIdempotencyRecords } from '@fidele/core/idempotency';
import { expirePoints, releasePendingPoints } from '@fidele/core/ledger';
import { queueAutomationMessages } from '@fidele/core/messages';
import { purgeWebhookHistory } from '@fidele/core/outbound-webhooks';
import { applyRetention } from '@fidele/core/privacy';
import { lapseWaitlistOffers, remindTomorrowsGuests } from '@fidele/core/private-sales';
import { settleReferrals } from '@fidele/core/referrals';
import { reviewTiers } from '@fidele/core/tiers';
import type { Db } from '@fidele/db';
import type { Logger } from 'pino';

export type Job = {
  name: string;
  /** Cron expression (UTC) for recurring jobs. */
  cron?: string;
  run: (deps: { db: Db; log: Logger }) => Promise<void>;
};

/** Every scheduled job of the platform (the outbox's sending runs beside them, `outbox/`). */
export const jobs: Job[] = [
  {
    name: 'idempotency-purge',
    cron: '17 3 * * *',
    run: async ({ db, log }) => {
      const purged = await purgeIdempotencyRecords(db);
      log.info({ purged }, 'purged old idempotency records');
    },
  },
  {
    name: 'webhook-history-purge',
    // Daily, at night: deliveries finished a month ago, their attempts and events.
    cron: '47 3 * * *',
    run: async ({ db, log }) => {
      const purged = await purgeWebhookHistory(db);
      log.info(purged, 'purged old webhook deliveries');
    },
  },
  {
    name: 'birthday-bonus',
    // 00:05 UTC is already the day in Paris, summer or winter.
    cron: '5 0 * * *',
    run: async ({ db, log }) => {
      const given = await awardBirthdayBonuses(db);
      log.info(given, 'gave birthday bonuses');
    },
  },
  {
    name: 'points-release',
    // Hourly: pending points become spendable within the hour their period ends.
    cron: '7 * * * *',
    run: async ({ db, log }) => {
      const released = await releasePendingPoints(db, new Date());
      log.info(released, 'released pending points');
    },
  },
  {
    name: 'points-expiry',
    cron: '23 * * * *',
    run: async ({ db, log }) => {
      const expired = await expirePoints(db, new Date());
      log.info(expired, 'expired points');
    },
  },
  {
    name: 'invitation-reminders',
    // 09:00 UTC: 10:00 or 11:00 in Paris, the day before each event.
    cron: '0 9 * * *',
    run: async ({ db, log }) => {
      const reminded = await remindTomorrowsGuests(db, new Date());
      log.info(reminded, 'reminded tomorrow’s guests');
    },
  },
  {
    name: 'waitlist-offers',
    // A place offered from the waitlist passes on within five minutes of its time.
    cron: '*/5 * * * *',
    run: async ({ db, log }) => {
      const lapsed = await lapseWaitlistOffers(db, new Date());
      if (lapsed) log.info({ lapsed }, 'passed unconfirmed places on');
    },
  },
  {
    name: 'message-automations',
    // Welcomes and tier upgrades within a minute of the event (an indexed read of the last day).
    cron: '* * * * *',
    run: async ({ db, log }) => {
      const queued = await queueAutomationMessages(db);
      if (queued.welcome || queued.tierUpgrade) log.info(queued, 'queued automation messages');
    },
  },
  {
    name: 'referral-rewards',
    // Every minute: a referral pays within a minute of its pending period's end (an indexed read).
    cron: '* * * * *',
    run: async ({ db, log }) => {
      const settled = await settleReferrals(db, new Date());
      if (settled.rewarded || settled.reversed) log.info(settled, 'settled referrals');
    },
  },
  {
    name: 'expiry-warnings',
    // 08:30 UTC, after the night's expiry run: points and codes about to expire.
    cron: '30 8 * * *',
    run: async ({ db, log }) => {
      const queued = await queueAutomationMessages(db, { expiries: true });
      log.info(queued, 'queued expiry warnings');
    },
  },
  {
    name: 'activity-rollup',
    // Hourly: the dashboard's closed days, the last week again (today is computed live).
    cron: '11 * * * *',
    run: async ({ db, log }) => {
      const rolled = await rollUpActivity(db, new Date());
      log.info(rolled, 'rolled up the dashboard’s days');
    },
  },
  {
    name: 'tier-review',
    // Daily, after the night's expiry run: downgrades are never urgent, upgrades happen at once.
    cron: '45 1 * * *',
    run: async ({ db, log }) => {
      const review = await reviewTiers(db, new Date());
      log.info(review, 'reviewed tiers');
    },
  },
  {
    name: 'retention',
    // 02:30 UTC daily: warns customers a month before their data's retention ends, erases those
    // past it who were warned and did not come back (GDPR storage limitation).
    cron: '30 2 * * *',
    run: async ({ db, log }) => {
      const done = await applyRetention(db);
      log.info(done, 'applied data retention');
    },
  },
];
