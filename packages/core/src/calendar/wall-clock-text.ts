import { instantOn, wallClock } from './programme-days.ts';

// Staff type dates and times as the programme's wall clock reads them (a `datetime-local` input's
// "2026-12-08T10:30" means 10:30 in Paris, whatever the time zone of their computer), and the
// previews show them back in the same zone: both go through these two functions.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `at` as a `datetime-local` value on `timeZone`'s wall clock: "2026-12-08T10:30". */
export const wallClockText = (at: Date, timeZone: string): string => {
  const { year, month, day, hour, minute } = wallClock(at, timeZone);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
};

/**
 * The instant a `datetime-local` value names on `timeZone`'s wall clock; null when it is not a
 * date and time ("2026-02-30T10:00" is not). In the hour summer time skips, the clock is read
 * with the offset before the change (2:30 in Paris on the last Sunday of March is 3:30).
 */
export const instantOfWallClock = (text: string, timeZone: string): Date | null => {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return null;
  if (hour! > 23 || minute! > 59 || second! > 59) return null;
  const name = `${match[1]}-${match[2]}-${match[3]}`;
  return instantOn(name, hour! * 60 + minute! + second! / 60, timeZone);
};
