'use client';

import { Alert, EmailField, NewPasswordField, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { signUp } from '../actions/sign-up.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { SubmitButton } from './submit-button.tsx';

type SignUpError = 'rateLimited' | 'generic';

export const SignUpForm = () => {
  const t = useTranslations('signUp');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(signUp, {});
  const error = state.error as SignUpError | undefined;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {error ? (
        <Alert tone="danger">
          {error === 'rateLimited'
            ? t('errors.rateLimited', { minutes: state.wait ?? 1 })
            : t('errors.generic')}
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('firstName')}
          name="firstName"
          autoComplete="given-name"
          required
          defaultValue={state.values?.firstName}
          error={fieldError(state.fieldErrors?.firstName)}
        />
        <TextField
          label={t('lastName')}
          name="lastName"
          autoComplete="family-name"
          defaultValue={state.values?.lastName}
          error={fieldError(state.fieldErrors?.lastName)}
        />
      </div>
      <EmailField
        label={t('email')}
        defaultValue={state.values?.email}
        error={fieldError(state.fieldErrors?.email)}
      />
      <NewPasswordField
        label={t('password')}
        name="password"
        hint={(min) => t('passwordHint', { min })}
        error={fieldError(state.fieldErrors?.password)}
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
};
