'use client';

import { useRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { useTransition } from 'react';
import { LOCALE_COOKIE, type Locale, localeNames, locales } from './locales.ts';

const ONE_YEAR = 60 * 60 * 24 * 365;

export type LocaleSwitcherProps = {
  /** Accessible name of the control, in the current language (e.g. "Language"). */
  label: string;
  /** Called after the cookie is set, e.g. to save the choice on the user's profile. */
  onChange?: (locale: Locale) => void;
  className?: string;
};

/** Buttons for each language; the choice is kept in a cookie and the page re-renders in it. */
export const LocaleSwitcher = ({ label, onChange, className }: LocaleSwitcherProps) => {
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (locale: Locale) => {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
    onChange?.(locale);
    startTransition(() => router.refresh());
  };
  return (
    <div role="group" aria-label={label} aria-busy={pending || undefined} className={className}>
      <div className="inline-flex rounded-pill bg-surface-muted p-0.5 ring-1 ring-inset ring-border">
        {locales.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={locale === current}
            onClick={() => choose(locale)}
            className={
              locale === current
                ? 'min-h-9 rounded-pill bg-brand-700 px-3 text-sm font-semibold text-on-brand'
                : 'min-h-9 rounded-pill px-3 text-sm font-semibold text-ink-muted hover:text-ink'
            }
          >
            <span aria-hidden="true">{locale.toUpperCase()}</span>
            <span className="sr-only">{localeNames[locale]}</span>
          </button>
        ))}
      </div>
    </div>
  );
};
