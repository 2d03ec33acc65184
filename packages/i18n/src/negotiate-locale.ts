import { defaultLocale, isLocale, type Locale } from './locales.ts';

/**
 * The visitor's locale: the cookie they chose, else the first supported language of their
 * browser (`Accept-Language`, by quality), else the default.
 */
export const negotiateLocale = (
  cookieValue: string | undefined,
  acceptLanguage: string | null | undefined,
): Locale => {
  if (isLocale(cookieValue)) return cookieValue;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const quality = params.find((p) => p.trim().startsWith('q='));
      return {
        language: tag.split('-')[0]?.toLowerCase(),
        q: quality ? Number(quality.split('=')[1]) : 1,
      };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .find((entry) => isLocale(entry.language));
  return (preferred?.language as Locale | undefined) ?? defaultLocale;
};
