'use client';

import { LocaleSwitcher } from '@fidele/i18n/locale-switcher';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../trpc/react.tsx';

/** The language switch; a signed-in member's choice is also kept on their account for emails. */
export const PortalLocaleSwitcher = ({ signedIn }: { signedIn: boolean }) => {
  const t = useTranslations('common');
  const trpc = useTRPC();
  const saveLocale = useMutation(trpc.setLocale.mutationOptions());
  return (
    <LocaleSwitcher
      label={t('language')}
      onChange={signedIn ? (locale) => saveLocale.mutate({ locale }) : undefined}
    />
  );
};
