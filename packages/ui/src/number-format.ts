/** Pure, locale-aware formatting used by the formatter components and anywhere a string is needed. */

const minorUnitDigits = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;

/** Money held in integer minor units (1999 EUR → "€19.99" / "19,99 €"). */
export const formatMoney = (amount: number, currency: string, locale: string): string => {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
};

/** A points amount; `signed` always shows the sign (for movements: "+120", "−40"). */
export const formatPoints = (
  value: number,
  locale: string,
  options: { signed?: boolean } = {},
): string =>
  new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(value);

/** An earn multiplier stored ×100, as members read it: 125 → "×1.25" ("×1,25" in French). */
export const formatMultiplier = (value: number, locale: string): string =>
  `×${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value / 100)}`;

export type DateTimeStyle = 'date' | 'dateTime' | 'time' | 'long' | 'dayMonth' | 'monthYear';

const dateTimeOptions: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  long: { dateStyle: 'long' },
  /** "12 Nov", in a sentence about a recent day. */
  dayMonth: { day: 'numeric', month: 'short' },
  /** "Nov 2026", a month as a whole. */
  monthYear: { month: 'short', year: 'numeric' },
};

export const formatDateTime = (
  value: Date | string | number,
  locale: string,
  style: DateTimeStyle = 'dateTime',
  timeZone?: string,
): string =>
  new Intl.DateTimeFormat(locale, { ...dateTimeOptions[style], timeZone }).format(new Date(value));
