import { instantOfWallClock, PROGRAMME_TIME_ZONE, wallClockText } from '@fidele/core/calendar';
import type { z } from 'zod';

/**
 * How the admin's forms read what people type: amounts in major units ("5,50"), whole numbers,
 * optional fields and dates in the programme's time zone, then the whole form with the
 * procedure's own schema.
 */

const minorDigits = (currency: string): number => {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
};

/** "5", "5.5", "5,50" → minor units; NaN when it is not an amount in this currency. */
export const parseAmount = (text: string, currency: string): number => {
  const digits = minorDigits(currency);
  const normalized = text.replace(/\s/g, '').replace(',', '.');
  const pattern = digits > 0 ? new RegExp(`^\\d+(\\.\\d{0,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(normalized)) return Number.NaN;
  const [whole = '0', fraction = ''] = normalized.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
};

/** Minor units as a form shows them ("5.50"); empty for none. */
export const amountText = (amount: number | null, currency: string): string => {
  if (amount === null) return '';
  const digits = minorDigits(currency);
  return digits === 0 ? String(amount) : (amount / 10 ** digits).toFixed(digits);
};

/** An optional field: null when left empty, else what `read` makes of it. */
export const optional = <T>(text: string, read: (text: string) => T): T | null =>
  text.trim() === '' ? null : read(text.trim());

/** A whole number typed as digits only; NaN otherwise. */
export const whole = (text: string): number => (/^\d+$/.test(text) ? Number(text) : Number.NaN);

/**
 * An instant as a `datetime-local` input shows it: on the programme's wall clock, the zone every
 * date of the admin is shown in, whatever the zone of the staff member's computer.
 */
export const programmeDateTime = (date: Date | null): string =>
  date ? wallClockText(date, PROGRAMME_TIME_ZONE) : '';

/** A `datetime-local` value as the instant it names in the programme's zone; invalid if none. */
export const readDateTime = (text: string): Date =>
  instantOfWallClock(text, PROGRAMME_TIME_ZONE) ?? new Date(Number.NaN);

/** A `datetime-local` value as a date, while it is being typed; undefined until it reads. */
export const typedDateTime = (text: string): Date | undefined =>
  instantOfWallClock(text, PROGRAMME_TIME_ZONE) ?? undefined;

/**
 * Reads a form's candidate input with the procedure's own schema, so the browser refuses what the
 * server would, and names the form fields to fix. Zod runs an object's cross-field rules only once
 * every field reads well: they run again with the faulty fields stood in for by valid values
 * (`standIns`), so every error shows at once.
 */
export const readWithSchema = <Schema extends z.ZodType, Field extends string>(
  schema: Schema,
  candidate: Record<string, unknown>,
  options: {
    standIns: Record<string, unknown>;
    /**
     * The form field a schema path's first key is typed in (the whole path is given too, for
     * lists of rows); null when none is.
     */
    field: (key: PropertyKey | undefined, path: readonly PropertyKey[]) => Field | null;
  },
): { input: z.output<Schema> } | { errors: Field[] } => {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { input: parsed.data };
  const faulty = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const stoodIn = Object.fromEntries(
    Object.entries(options.standIns).filter(([field]) => faulty.has(field)),
  );
  const crossField = schema.safeParse({ ...candidate, ...stoodIn });
  const issues = [...parsed.error.issues, ...(crossField.error?.issues ?? [])];
  const fields = issues.flatMap((issue) => options.field(issue.path[0], issue.path) ?? []);
  return { errors: [...new Set(fields)] };
};
