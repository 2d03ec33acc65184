import type { Db, Tx } from '@fidele/db';
import { eraseCustomer } from './erasure.ts';
import { getRetentionMonths } from './retention-settings.ts';
import { erasureDate, retentionBounds } from './retention-rule.ts';

/** Why the retention job erased someone, in her erasure's audit entry. */
export const RETENTION_REASON = 'retention';

/** Customers warned per transaction, and erased per transaction (an erasure is ~20 statements). */
const WARN_BATCH = 500;
const ERASE_BATCH = 50;

type Bounds = ReturnType<typeof retentionBounds>;

/**
 * Warns one batch of the customers whose retention ends within a month and who were not warned
 * since their last contact: records the warning (so it counts whether or not an email could go)
 * and queues the email, a service message, to those with a verified address. Rows another run
 * holds are skipped; the message's reference (her last contact) keeps a period to one email.
 */
const warnBatch = (db: Db, bounds: Bounds, retentionMonths: number, now: Date) =>
  db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; lastContactAt: Date; verified: boolean }[]>`
      SELECT id, "lastContactAt", "emailVerified" IS NOT NULL AS verified FROM "Customer"
      WHERE "erasedAt" IS NULL AND "mergedIntoId" IS NULL AND "lastContactAt" <= ${bounds.warnContactsUntil}
        AND ("retentionWarnedAt" IS NULL OR "retentionWarnedAt" < "lastContactAt")
      ORDER BY "lastContactAt" LIMIT ${WARN_BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (!due.length) return { warned: 0, emailed: 0 };
    await tx.$executeRaw`UPDATE "Customer" SET "retentionWarnedAt" = ${now}
      WHERE id = ANY(${due.map((customer) => customer.id)}::uuid[])`;
    const emailed = due.filter((customer) => customer.verified);
    const queued = await tx.$executeRaw`
      INSERT INTO "Message" ("customerId", channel, kind, marketing, data, reference)
      SELECT w.id, 'EMAIL', 'RETENTION_WARNING', false, jsonb_build_object('eraseOn', w.erase_on),
             w.reference
      FROM unnest(${emailed.map((customer) => customer.id)}::uuid[],
                  ${emailed.map((customer) => erasureDate(customer.lastContactAt, now, retentionMonths))}::timestamptz[],
                  ${emailed.map((customer) => customer.lastContactAt.toISOString())}::text[])
           AS w(id, erase_on, reference)
      ON CONFLICT ("customerId", kind, channel, reference) DO NOTHING`;
    return { warned: due.length, emailed: queued };
  });

/**
 * Erases one batch of the customers past their retention who were warned at least the notice
 * before and have not come back since, each through the erasure a customer or the owner asks
 * for, audited as the system's, for the reason "retention".
 */
const eraseBatch = (db: Db, bounds: Bounds) =>
  db.$transaction(
    async (tx: Tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Customer"
        WHERE "erasedAt" IS NULL AND "mergedIntoId" IS NULL AND "lastContactAt" <= ${bounds.eraseContactsUntil}
          AND "retentionWarnedAt" >= "lastContactAt" AND "retentionWarnedAt" <= ${bounds.warnedUntil}
        ORDER BY "lastContactAt" LIMIT ${ERASE_BATCH}
        FOR UPDATE SKIP LOCKED`;
      for (const { id } of due)
        await eraseCustomer(tx, {
          customerId: id,
          actor: { type: 'SYSTEM' },
          reason: RETENTION_REASON,
        });
      return due.length;
    },
    { timeout: 120_000 },
  );

/**
 * The daily retention run: warns, then erases, batch after batch until none is left. Safe to run
 * again or on two workers at once: a customer is taken by one run (row locks, skip-locked), a
 * warning is recorded once per period, an erased customer is never taken again.
 */
export const applyRetention = async (db: Db, now = new Date()) => {
  const retentionMonths = await getRetentionMonths(db);
  const bounds = retentionBounds(now, retentionMonths);
  const done = { warned: 0, emailed: 0, erased: 0 };
  for (;;) {
    const batch = await warnBatch(db, bounds, retentionMonths, now);
    done.warned += batch.warned;
    done.emailed += batch.emailed;
    if (batch.warned < WARN_BATCH) break;
  }
  for (;;) {
    const erased = await eraseBatch(db, bounds);
    done.erased += erased;
    if (erased < ERASE_BATCH) break;
  }
  return done;
};
