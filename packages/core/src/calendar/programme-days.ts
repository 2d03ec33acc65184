// Days are counted in the programme's time zone (`PROGRAMME_TIME_ZONE`, passed in as the earning
// engine's `timeZone` is) by formatting instants with Intl in that zone, as `isoWeekday` does, so a
// day is a calendar day there whether it lasts 23, 24 or 25 hours. A day is named by its ISO date
// (`2026-03-29`); arithmetic on those names is calendar arithmetic, free of DST.

/** The programme's calendar: days (daily caps, weekday promotions) are counted in this zone. */
export const PROGRAMME_TIME_ZONE = 'Europe/Paris';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `timeZone` at `at`: its date, hour, minute and second. */
export const wallClock = (at: Date, timeZone: string) => {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(at).map((part) => [part.type, Number(part.value)]),
  );
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
};

/** A day of 24 hours, in milliseconds (for periods counted in whole days, not calendar days). */
export const DAY_MS = 86_400_000;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

const dayName = (dayNumberUtc: number) =>
  new Date(dayNumberUtc * DAY_MS).toISOString().slice(0, 10);

/** The programme day (ISO date) `at` falls on in `timeZone`. */
export const programmeDay = (at: Date, timeZone: string): string => {
  const { year, month, day } = wallClock(at, timeZone);
  return dayName(Date.UTC(year, month - 1, day) / DAY_MS);
};

/** The day `count` calendar days after `day` (before, when negative). */
export const addDays = (day: string, count: number): string => dayName(dayNumber(day) + count);

/** Calendar days from `from` to `to` (1 from one day to the next, even across a DST change). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** How far `timeZone`'s wall clock is ahead of UTC at `instant` (ms). */
const offsetAt = (instant: number, timeZone: string) => {
  const wall = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
};

/**
 * The instant the wall clock of `timeZone` reads `minutes` after midnight on `day`. The offset is
 * read twice: once at the same wall time in UTC for a first guess, then at that guess, which is
 * right unless a DST change falls between the two. Assumes the wall time exists (Europe/Paris
 * skips 2:00–3:00 once a year).
 */
export const instantOn = (day: string, minutes: number, timeZone: string): Date => {
  const asUtc = dayNumber(day) * DAY_MS + minutes * 60_000;
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return new Date(asUtc - offsetAt(guess, timeZone));
};

/** The instant `day` starts in `timeZone`. */
export const dayStart = (day: string, timeZone: string): Date => instantOn(day, 0, timeZone);

/** When the programme day after `at`'s starts. */
export const nextDayStart = (at: Date, timeZone: string): Date =>
  dayStart(addDays(programmeDay(at, timeZone), 1), timeZone);
