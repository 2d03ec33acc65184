'use client';

import { Alert, Button, EmailField, TextField } from '@fidele/ui';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { type SignInState, signInAction } from '../actions.ts';

export const SignInForm = () => {
  const t = useTranslations('signIn');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const messageOf = ({ error, wait }: SignInState) => {
    if (error === 'rate_limited') return t('rateLimited', { minutes: wait ?? 1 });
    return error === 'wrong_credentials' ? t('wrongCredentials') : t('invalidInput');
  };
  return (
    <form action={action} className="mt-6 flex flex-col gap-4" noValidate>
      {state.error ? <Alert tone="danger">{messageOf(state)}</Alert> : null}
      <EmailField
        label={t('email')}
        autoComplete="username"
        inputMode={undefined}
        defaultValue={state.email}
      />
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <Link
        href="/forgot-password"
        className="-mt-2 self-end text-sm font-semibold text-brand-800 underline underline-offset-2"
      >
        {t('forgotPassword')}
      </Link>
      <Button type="submit" loading={pending} fullWidth>
        {t('submit')}
      </Button>
    </form>
  );
};
