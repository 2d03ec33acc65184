import type { Locale } from '@fidele/i18n';
import type messages from '@fidele/i18n/messages/portal/en.json';

// English is the reference: a key missing there fails the typecheck wherever it is used.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
