'use client';

import { Alert } from '@fidele/ui';
import { useTranslations } from 'next-intl';

export type SignInError =
  | 'invalidCredentials'
  | 'linkExpired'
  | 'rateLimited'
  | 'rateLimitedLater'
  | 'accountBlocked'
  | 'accountMerged'
  | 'generic';

/**
 * next-auth's answer in the page's address after a refusal (`?error=` and, for passwords,
 * `?code=`) as our messages. A refused link request is only ever a rate limit: an unknown email
 * gets the same answer as a known one. A blocked account is said so once its password or link
 * proved who is asking, and so is an account merged into another of hers.
 */
export const signInErrorOf = (type: string | undefined, code?: string): SignInError | undefined => {
  if (!type) return undefined;
  if (type === 'Verification') return 'linkExpired';
  if (type === 'AccountBlocked') return 'accountBlocked';
  if (type === 'AccountMerged') return 'accountMerged';
  if (type === 'AccessDenied') return 'rateLimitedLater';
  if (type === 'CredentialsSignin')
    return code === 'rate_limited'
      ? 'rateLimitedLater'
      : code === 'account_blocked'
        ? 'accountBlocked'
        : code === 'account_merged'
          ? 'accountMerged'
          : 'invalidCredentials';
  return 'generic';
};

export const SignInErrorAlert = ({ error, wait }: { error?: SignInError; wait?: number }) => {
  const t = useTranslations('signIn.errors');
  if (!error) return null;
  return (
    <Alert tone="danger">
      {error === 'rateLimited' ? t('rateLimited', { minutes: wait ?? 1 }) : t(error)}
    </Alert>
  );
};
