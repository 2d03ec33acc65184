import type { Db } from '@fidele/db';
import { programmeDay } from '../calendar/programme-days.ts';
import { getAutomation, queueBirthdayMessage } from '../messages/automations.ts';
import { awardBonus, BONUS_SOURCE_TYPE } from './bonuses.ts';
import { PROGRAMME_TIME_ZONE } from './programme.ts';

/**
 * The customers whose birthday is the day of `at` in the programme's calendar and who have not
 * had this year's birthday bonus yet. Someone born on 29 February celebrates on 28 February in
 * other years. Chosen in one query, so the job never loads the whole customer base.
 */
export const birthdayCustomerIds = async (db: Db, at: Date): Promise<string[]> => {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH today AS (
      SELECT (${at}::timestamptz AT TIME ZONE ${PROGRAMME_TIME_ZONE})::date AS day
    )
    SELECT c.id FROM "Customer" c, today
    WHERE c."birthDate" IS NOT NULL
      AND (
        to_char(c."birthDate", 'MM-DD') = to_char(today.day, 'MM-DD')
        OR (to_char(c."birthDate", 'MM-DD') = '02-29'
            AND to_char(today.day, 'MM-DD') = '02-28'
            AND make_date(EXTRACT(YEAR FROM today.day)::int, 3, 1) - 1 = today.day)
      )
      AND NOT EXISTS (
        SELECT 1 FROM "Movement" m
        WHERE m."sourceType" = ${BONUS_SOURCE_TYPE} AND m.type = 'EARN'
          AND m."sourceId" = 'birthday:' || c.id || ':' || EXTRACT(YEAR FROM today.day)::int
      )
    ORDER BY c.id`;
  return rows.map((row) => row.id);
};

/**
 * Gives today's birthday bonuses, each with the birthday message (which says so); what the daily
 * job runs, and what staff can run by hand. Each customer gets theirs in a transaction of its own, so one failure does not undo the others and
 * two runs at once give each customer one bonus (see `grantBonus`).
 */
export const awardBirthdayBonuses = async (
  db: Db,
  at: Date = new Date(),
): Promise<{ customers: number; points: number }> => {
  let customers = 0;
  let points = 0;
  const year = Number(programmeDay(at, PROGRAMME_TIME_ZONE).slice(0, 4));
  const message = await getAutomation(db, 'BIRTHDAY');
  for (const customerId of await birthdayCustomerIds(db, at)) {
    const given = await db.$transaction(async (tx) => {
      const points = await awardBonus(tx, {
        customerId,
        kind: 'BIRTHDAY_BONUS',
        channel: 'APP',
        at,
      });
      await queueBirthdayMessage(tx, message, { customerId, points, year });
      return points;
    });
    if (given > 0) {
      customers += 1;
      points += given;
    }
  }
  return { customers, points };
};
