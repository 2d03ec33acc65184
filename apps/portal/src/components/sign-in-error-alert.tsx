'use client';

import { Alert } from '@fidele/ui';
import { useTranslations } from 'next-intl';

export type SignInError = 'invalidCredentials' | 'unknownEmail' | 'linkExpired' | 'generic';

/** next-auth's error types (in `?error=` after a failed link) as our messages. */
export const signInErrorOf = (type: string | undefined): SignInError | undefined => {
  if (!type) return undefined;
  if (type === 'Verification') return 'linkExpired';
  if (type === 'AccessDenied') return 'unknownEmail';
  if (type === 'CredentialsSignin') return 'invalidCredentials';
  return 'generic';
};

export const SignInErrorAlert = ({ error }: { error?: SignInError }) => {
  const t = useTranslations('signIn.errors');
  return error ? <Alert tone="danger">{t(error)}</Alert> : null;
};
