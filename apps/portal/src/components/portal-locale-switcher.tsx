'use client';

import { LocaleSwitcher } from '@fidele/i18n/locale-switcher';
import { useTranslations } from 'next-intl';
import { saveLocale } from '../actions/save-locale.ts';

/** The language switch; a signed-in member's choice is also kept on their account for emails. */
export const PortalLocaleSwitcher = ({ signedIn }: { signedIn: boolean }) => {
  const t = useTranslations('common');
  return (
    <LocaleSwitcher
      label={t('language')}
      onChange={signedIn ? (locale) => void saveLocale(locale) : undefined}
    />
  );
};
