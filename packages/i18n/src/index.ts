export {
  defaultLocale,
  isLocale,
  LOCALE_COOKIE,
  localeNames,
  locales,
  timeZone,
} from './locales.ts';
export type { Locale } from './locales.ts';
export { negotiateLocale } from './negotiate-locale.ts';
