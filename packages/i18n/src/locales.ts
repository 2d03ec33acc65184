export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The cookie that holds the chosen language; URLs carry no locale prefix. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The brand is French: dates and times are shown in its time zone on server and browser alike. */
export const timeZone = 'Europe/Paris';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The language names as their speakers write them, for the switcher. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français' };
