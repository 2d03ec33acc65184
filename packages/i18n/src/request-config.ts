import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, timeZone } from './locales.ts';
import { negotiateLocale } from './negotiate-locale.ts';

export type AppName = 'portal' | 'admin';

/**
 * next-intl's request configuration for one app: the locale comes from the `NEXT_LOCALE` cookie
 * (no locale in URLs), messages from `messages/<app>/<locale>.json`.
 * In the app: `export default createRequestConfig('portal');` in the file given to the plugin.
 */
export const createRequestConfig = (app: AppName) =>
  getRequestConfig(async () => {
    const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
    const locale = negotiateLocale(
      cookieStore.get(LOCALE_COOKIE)?.value,
      headerStore.get('accept-language'),
    );
    const messages = (await import(`../messages/${app}/${locale}.json`)).default;
    return { locale, messages, timeZone };
  });
