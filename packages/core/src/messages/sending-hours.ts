import Holidays from 'date-holidays';
import { addDays, instantOn, programmeDay, wallClock } from '../calendar/programme-days.ts';
import { isoWeekday } from '../earning/engine.ts';
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

/** Whether a programme day (ISO date) is off: a weekday left out, or a public holiday. */
const isDayOff = (day: string, hours: SendingHours, timeZone: string) => {
  const noon = instantOn(day, 12 * 60, timeZone);
  return (
    !hours.weekdays.includes(isoWeekday(noon, timeZone)) ||
    (hours.holidaysOf !== undefined && Boolean(calendarOf(hours.holidaysOf).isHoliday(noon)))
  );
};

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
  const today = programmeDay(at, timeZone);
  const { hour, minute } = wallClock(at, timeZone);
  const minutes = hour * 60 + minute;
  const slotOn = (day: string) => instantOn(day, hours.from, timeZone);
  if (!isDayOff(today, hours, timeZone)) {
    if (minutes >= hours.from && minutes < hours.to) return null;
    if (minutes < hours.from) return slotOn(today);
  }
  for (let ahead = 1; ahead <= 366; ahead += 1) {
    const day = addDays(today, ahead);
    if (!isDayOff(day, hours, timeZone)) return slotOn(day);
  }
  throw new Error('No sending day within a year: the sending hours name no weekday');
};
