/**
 * Pin dates are chosen as days on a date input and shown in the programme's time zone (the
 * formatters' `timeZone`): "until 31 January" must mean the end of that day there, whatever the
 * time zone of the staff member's computer.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const wallClock = (instant: number, timeZone: string | undefined) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    // The wall-clock time read as if it were UTC.
    asUtc: Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    ),
  };
};

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
const offsetAt = (instant: number, timeZone: string | undefined) =>
  wallClock(instant, timeZone).asUtc - Math.floor(instant / 1000) * 1000;

/** "2031-01-31" → the last second of that day in `timeZone`; null when not a date. */
export const endOfDayIn = (text: string, timeZone: string | undefined): Date | null => {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, 23, 59, 59);
  if (new Date(wall).getUTCDate() !== day) return null;
  // Twice, so a change of offset (summer time) between the guess and the answer is taken in.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
};

/** The day after `now` in `timeZone`, as a date input's value: the earliest end of a pin. */
export const tomorrowIn = (timeZone: string | undefined, now: Date = new Date()): string => {
  const today = wallClock(now.getTime(), timeZone);
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return next.toISOString().slice(0, 10);
};
