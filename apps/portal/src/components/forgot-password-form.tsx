'use client';

import { Alert, EmailField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { requestPasswordReset } from '../actions/passwords.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { SubmitButton } from './submit-button.tsx';

/** Asks for a link to choose a new password; says the same whether the email is known or not. */
export const ForgotPasswordForm = () => {
  const t = useTranslations('passwords.forgot');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(requestPasswordReset, {});
  if (state.done)
    return (
      <Alert tone="success" title={t('sentTitle')}>
        {t('sent', { email: state.values?.email ?? '' })}
      </Alert>
    );
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {state.error === 'rateLimited' ? (
        <Alert tone="danger">{t('rateLimited', { minutes: state.wait ?? 1 })}</Alert>
      ) : null}
      <EmailField
        label={t('email')}
        defaultValue={state.values?.email}
        error={fieldError(state.fieldErrors?.email)}
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
};
