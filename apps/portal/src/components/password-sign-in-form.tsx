'use client';

import { EmailField, TextField } from '@fidele/ui';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { signInWithPassword } from '../actions/sign-in.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { type SignInError, SignInErrorAlert } from './sign-in-error-alert.tsx';
import { SubmitButton } from './submit-button.tsx';

export const PasswordSignInForm = ({ initialError }: { initialError?: SignInError }) => {
  const t = useTranslations('signIn');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(signInWithPassword, {
    error: initialError,
  });
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <SignInErrorAlert error={state.error as SignInError | undefined} wait={state.wait} />
      <EmailField
        label={t('email')}
        defaultValue={state.values?.email}
        error={fieldError(state.fieldErrors?.email)}
      />
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state.fieldErrors?.password)}
      />
      <Link
        href="/forgot-password"
        className="-mt-2 self-end text-sm font-semibold text-brand-800 underline underline-offset-2"
      >
        {t('forgotPassword')}
      </Link>
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
};
