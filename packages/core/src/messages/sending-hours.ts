import Holidays from 'date-holidays';
import { PROGRAMME_TIME_ZONE } from '../earning/programme.ts';

/** When a channel may carry marketing messages, in the programme's time zone. */
export type SendingHours = {
  /** ISO weekdays (1 = Monday … 7 = Sunday) messages may go out on. */
  weekdays: number[];
  /** Minutes after midnight: the first minute of the slot, and the first minute after it. */
  from: number;
  to: number;
  /** Public holidays of this country (ISO 3166 code) are days off. */
  holidaysOf?: string;
};

/** SMS: Monday to Saturday, 10:00 to 20:00, never on French public holidays. Email: any time. */
export const DEFAULT_SENDING_HOURS: Record<'EMAIL' | 'SMS', SendingHours | null> = {
  EMAIL: null,
  SMS: { weekdays: [1, 2, 3, 4, 5, 6], from: 10 * 60, to: 20 * 60, holidaysOf: 'FR' },
};

const calendars = new Map<string, Holidays>();
const calendarOf = (country: string) => {
  let calendar = calendars.get(country);
  if (!calendar) calendars.set(country, (calendar = new Holidays(country, { types: ['public'] })));
  return calendar;
};

type LocalDay = { year: number; month: number; day: number; weekday: number; minutes: number };

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const localDay = (at: Date, timeZone: string): LocalDay => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday!) + 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
};

/** The instant a wall-clock time of a day has in a time zone (its offset read at that instant). */
const instantOf = (year: number, month: number, day: number, minutes: number, timeZone: string) => {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const offsetAt = (instant: number) => {
    const local = localDay(new Date(instant), timeZone);
    return (
      Date.UTC(local.year, local.month - 1, local.day, 0, local.minutes) -
      Math.floor(instant / 60_000) * 60_000
    );
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
};

const isDayOff = (day: LocalDay, hours: SendingHours, timeZone: string) =>
  !hours.weekdays.includes(day.weekday) ||
  (hours.holidaysOf !== undefined &&
    Boolean(
      calendarOf(hours.holidaysOf).isHoliday(
        instantOf(day.year, day.month, day.day, 12 * 60, timeZone),
      ),
    ));

/**
 * Null when `at` is a sending slot; otherwise the first minute of the next one, which is where a
 * message due at `at` waits. Days off (weekdays left out, public holidays) are skipped.
 */
export const nextSendingSlot = (
  at: Date,
  hours: SendingHours | null,
  timeZone = PROGRAMME_TIME_ZONE,
): Date | null => {
  if (!hours) return null;
  const today = localDay(at, timeZone);
  if (!isDayOff(today, hours, timeZone) && today.minutes >= hours.from && today.minutes < hours.to)
    return null;
  let candidate = today.minutes < hours.from ? today : undefined;
  for (let ahead = candidate ? 0 : 1; ahead < 366; ahead += 1) {
    const noon = instantOf(today.year, today.month, today.day + ahead, 12 * 60, timeZone);
    candidate = localDay(noon, timeZone);
    if (!isDayOff(candidate, hours, timeZone))
      return instantOf(candidate.year, candidate.month, candidate.day, hours.from, timeZone);
  }
  throw new Error('No sending day within a year: the sending hours name no weekday');
};
