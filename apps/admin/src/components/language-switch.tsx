'use client';

import { LocaleSwitcher } from '@fidele/i18n/locale-switcher';
import { useTranslations } from 'next-intl';

export const LanguageSwitch = ({ className }: { className?: string }) => {
  const t = useTranslations('common');
  return <LocaleSwitcher label={t('language')} className={className} />;
};
