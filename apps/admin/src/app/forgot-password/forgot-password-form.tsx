'use client';

import { Alert, Button, EmailField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { usePasswordFieldError } from '@/components/password-field-error.ts';
import { type PasswordFormState, requestPasswordResetAction } from '../password-actions.ts';

/** Asks for a reset link; the answer is the same whether the email is a staff member's or not. */
export const ForgotPasswordForm = () => {
  const t = useTranslations('passwords.forgot');
  const fieldError = usePasswordFieldError();
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(
    requestPasswordResetAction,
    {},
  );
  if (state.done)
    return (
      <div className="mt-6">
        <Alert tone="success" title={t('sentTitle')}>
          {t('sent', { email: state.email ?? '' })}
        </Alert>
      </div>
    );
  return (
    <form action={action} className="mt-6 flex flex-col gap-4" noValidate>
      {state.error === 'rateLimited' ? (
        <Alert tone="danger">{t('rateLimited', { minutes: state.wait ?? 1 })}</Alert>
      ) : null}
      <EmailField
        label={t('email')}
        autoComplete="username"
        inputMode={undefined}
        defaultValue={state.email}
        error={fieldError(state.fieldErrors?.email)}
      />
      <Button type="submit" loading={pending} fullWidth>
        {t('submit')}
      </Button>
    </form>
  );
};
