import { type Db, Prisma, queryRows } from '@fidele/db';
import { addDays, dayStart, programmeDay } from '../calendar/programme-days.ts';
import { PROGRAMME_TIME_ZONE } from '../earning/programme.ts';

/**
 * The day before an event, tells each customer who accepted it: a notice in her portal and a
 * service message on the event's channels (no consent needed: she said she would come), in one
 * transaction. "Tomorrow" is the programme's next calendar day; running it again the same day
 * reminds nobody twice.
 */
export const remindTomorrowsGuests = async (db: Db, now = new Date()) => {
  const tomorrow = addDays(programmeDay(now, PROGRAMME_TIME_ZONE), 1);
  const from = dayStart(tomorrow, PROGRAMME_TIME_ZONE);
  const until = dayStart(addDays(tomorrow, 1), PROGRAMME_TIME_ZONE);
  return db.$transaction(async (tx) => {
    const [due] = await queryRows<{ ids: string[] }>(
      tx,
      Prisma.sql`
      WITH due AS (
        SELECT i.id, i."customerId", s.id AS "saleId", s."nameEn", s."nameFr"
        FROM "Invitation" i JOIN "PrivateSale" s ON s.id = i."privateSaleId"
        WHERE i.status = 'ACCEPTED' AND s."archivedAt" IS NULL
          AND s."startsAt" >= ${from}::timestamptz AND s."startsAt" < ${until}::timestamptz
          AND NOT EXISTS (
            SELECT 1 FROM "Notification" n
            WHERE n."customerId" = i."customerId" AND n.kind = 'INVITATION_REMINDER'
              AND n.data->>'invitationId' = i.id::text)
      ), told AS (
        INSERT INTO "Notification" ("customerId", kind, data)
        SELECT "customerId", 'INVITATION_REMINDER',
               jsonb_build_object('invitationId', id, 'privateSaleId', "saleId",
                                  'nameEn', "nameEn", 'nameFr', "nameFr")
        FROM due
      )
      SELECT coalesce(array_agg(id), '{}') AS ids FROM due`,
    );
    const [queued] = await queryRows<{ messages: number }>(
      tx,
      Prisma.sql`SELECT queue_invitation_messages(${due!.ids}::uuid[], 'INVITATION_REMINDER', false) AS messages`,
    );
    return { reminded: due!.ids.length, messages: queued!.messages };
  });
};
