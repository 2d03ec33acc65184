'use client';

import { Tabs } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { MagicLinkForm } from './magic-link-form.tsx';
import { PasswordSignInForm } from './password-sign-in-form.tsx';
import { signInErrorOf } from './sign-in-error-alert.tsx';

/** Password or a link by email; an error coming back from a link opens the link tab. */
export const SignInMethods = ({ errorType, code }: { errorType?: string; code?: string }) => {
  const t = useTranslations('signIn');
  const error = signInErrorOf(errorType, code);
  const linkError = error === 'linkExpired' || errorType === 'AccessDenied';
  return (
    <Tabs
      label={t('methods')}
      defaultTab={linkError ? 'link' : 'password'}
      tabs={[
        {
          id: 'password',
          label: t('passwordTab'),
          content: <PasswordSignInForm initialError={linkError ? undefined : error} />,
        },
        {
          id: 'link',
          label: t('linkTab'),
          content: <MagicLinkForm initialError={linkError ? error : undefined} />,
        },
      ]}
    />
  );
};
