import { addDays, dayStart, programmeDay } from '@fidele/core/calendar';

/**
 * Pin dates are chosen as days on a date input and shown in the programme's time zone (the
 * formatters' `timeZone`): "until 31 January" must mean the end of that day there, whatever the
 * time zone of the staff member's computer.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2031-01-31" → the last second of that day in `timeZone`; null when not a date. */
export const endOfDayIn = (text: string, timeZone: string): Date | null => {
  const day = text.trim();
  // 2031-02-30 is not a day, though the calendar's arithmetic would make it 2 March.
  if (!DATE.test(day) || addDays(day, 0) !== day) return null;
  return new Date(dayStart(addDays(day, 1), timeZone).getTime() - 1000);
};

/** The day after `now` in `timeZone`, as a date input's value: the earliest end of a pin. */
export const tomorrowIn = (timeZone: string, now: Date = new Date()): string =>
  addDays(programmeDay(now, timeZone), 1);
