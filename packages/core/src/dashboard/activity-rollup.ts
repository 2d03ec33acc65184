import { type Db, Prisma, queryRows } from '@fidele/db';
import { addDays, programmeDay } from '../calendar/programme-days.ts';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';

/** Closed days rolled up again at every run: late purchases from tills and message opens land in them. */
const RECENT_DAYS = 7;
/** Older days never rolled up (a new installation's history), oldest first, at most so many a run. */
const BACKFILL_PER_RUN = 90;

/**
 * The dashboard's rollup (`DailyActivity` and `DailyBuyers`): the last week's closed days again,
 * then days of the programme's history never rolled up (or rolled up before the buyers were), from
 * its first member or purchase on (the dashboard takes the days before the first day rolled up as
 * empty). Each day is one call of `roll_up_day`, which replaces its rows from `activity_by_day` and
 * `buyers_by_day`, so a run can stop anywhere and the next one goes on. Today is never rolled up:
 * the dashboard computes it live.
 */
export const rollUpActivity = async (
  db: Db,
  now: Date,
  timeZone: string = PROGRAMME_TIME_ZONE,
): Promise<{ days: number }> => {
  const today = programmeDay(now, timeZone);
  const recentFrom = addDays(today, -RECENT_DAYS);
  const missing = await queryRows<{ day: string }>(
    db,
    Prisma.sql`SELECT to_char(d, 'YYYY-MM-DD') AS day
      FROM generate_series(
        (SELECT (least((SELECT min("createdAt") FROM "Customer"),
                       (SELECT min("occurredAt") FROM "Purchase")) AT TIME ZONE ${timeZone})::date),
        ${recentFrom}::date - 1, interval '1 day') d
      WHERE NOT EXISTS (SELECT 1 FROM "RolledUpDay" r WHERE r.day = d::date AND r."buyersRolledUp")
      ORDER BY d LIMIT ${BACKFILL_PER_RUN}`,
  );
  const days = [
    ...missing.map(({ day }) => day),
    ...Array.from({ length: RECENT_DAYS }, (_, i) => addDays(recentFrom, i)),
  ];
  for (const day of days)
    await queryRows(db, Prisma.sql`SELECT roll_up_day(${day}::date, ${timeZone})`);
  return { days: days.length };
};
