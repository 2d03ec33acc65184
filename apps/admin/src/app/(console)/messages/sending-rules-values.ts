import { messageSettingsInput } from '@fidele/validators';
import type { z } from 'zod';
import { readWithSchema, whole } from '../../../lib/form-reading.ts';

/** The sending rules as the procedure takes and returns them. */
export type MessageSettings = z.output<typeof messageSettingsInput>;

/** The sending rules' form as typed: caps as text, hours as a time input's "HH:MM". */
export type SendingRulesFormValues = {
  emailCapPer30Days: string;
  smsCapPer30Days: string;
  smsHoursFrom: string;
  smsHoursTo: string;
  /** ISO weekdays ticked, 1 = Monday … 7 = Sunday. */
  smsWeekdays: number[];
  smsSkipHolidays: boolean;
};

export type SendingRulesField = keyof SendingRulesFormValues;

const DAY = 24 * 60;

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes after midnight as a time input shows them: 600 → "10:00"; the day's end → "00:00". */
export const timeOfDay = (minutes: number): string => {
  const within = minutes % DAY;
  return `${pad(Math.floor(within / 60))}:${pad(within % 60)}`;
};

/**
 * A time input's "HH:MM" as minutes after midnight; NaN when empty or not a time. As the end of a
 * slot, "00:00" (or "24:00") is the midnight that ends the day: an end can never be at 0.
 */
export const minutesOfDay = (text: string, { endOfDay = false } = {}): number => {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours === 24 && minutes === 0) return DAY;
  if (hours > 23 || minutes > 59) return Number.NaN;
  const total = hours * 60 + minutes;
  return endOfDay && total === 0 ? DAY : total;
};

export const sendingRulesFormFrom = (settings: MessageSettings): SendingRulesFormValues => ({
  emailCapPer30Days: String(settings.emailCapPer30Days),
  smsCapPer30Days: String(settings.smsCapPer30Days),
  smsHoursFrom: timeOfDay(settings.smsHoursFrom),
  smsHoursTo: timeOfDay(settings.smsHoursTo),
  smsWeekdays: [...settings.smsWeekdays].sort((a, b) => a - b),
  smsSkipHolidays: settings.smsSkipHolidays,
});

const FORM_FIELDS = new Set<string>([
  'emailCapPer30Days',
  'smsCapPer30Days',
  'smsHoursFrom',
  'smsHoursTo',
  'smsWeekdays',
  'smsSkipHolidays',
] satisfies SendingRulesField[]);

/** The form field a key of the procedure's input is typed in; null when none is. */
export const sendingRulesField = (key: PropertyKey | undefined): SendingRulesField | null =>
  FORM_FIELDS.has(String(key)) ? (String(key) as SendingRulesField) : null;

/** Valid values for fields that failed, so the end-after-start rule can run as well. */
const standIns: { [Field in keyof MessageSettings]?: unknown } = {
  emailCapPer30Days: 0,
  smsCapPer30Days: 0,
  // The whole day: a stand-in never puts the end before the start.
  smsHoursFrom: 0,
  smsHoursTo: DAY,
  smsWeekdays: [1],
  smsSkipHolidays: false,
};

/**
 * Reads the form with the procedure's own schema, so the browser refuses what the server would,
 * field by field.
 */
export const readSendingRulesForm = (
  values: SendingRulesFormValues,
): { input: MessageSettings } | { errors: SendingRulesField[] } =>
  readWithSchema(
    messageSettingsInput,
    {
      emailCapPer30Days: whole(values.emailCapPer30Days.trim()),
      smsCapPer30Days: whole(values.smsCapPer30Days.trim()),
      smsHoursFrom: minutesOfDay(values.smsHoursFrom),
      smsHoursTo: minutesOfDay(values.smsHoursTo, { endOfDay: true }),
      smsWeekdays: values.smsWeekdays,
      smsSkipHolidays: values.smsSkipHolidays,
    },
    { standIns, field: sendingRulesField },
  );
