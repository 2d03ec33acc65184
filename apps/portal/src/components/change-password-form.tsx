'use client';

import { Alert, Card, NewPasswordField, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { changePassword } from '../actions/passwords.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { SubmitButton } from './submit-button.tsx';

/** The profile's password card: the current password, then the new one. */
export const ChangePasswordForm = () => {
  const t = useTranslations('passwords.change');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(changePassword, {});
  return (
    <Card as="section" className="flex flex-col gap-4" aria-labelledby="password-title">
      <div>
        <h2 id="password-title" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t('intro')}</p>
      </div>
      {state.done ? <Alert tone="success">{t('done')}</Alert> : null}
      {state.error === 'wrongPassword' ? <Alert tone="danger">{t('wrongPassword')}</Alert> : null}
      {state.error === 'rateLimited' ? (
        <Alert tone="danger">{t('rateLimited', { minutes: state.wait ?? 1 })}</Alert>
      ) : null}
      <form action={action} noValidate className="flex flex-col gap-4">
        <TextField
          label={t('current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(state.fieldErrors?.currentPassword)}
        />
        <NewPasswordField
          label={t('new')}
          name="newPassword"
          hint={(min) => t('hint', { min })}
          error={fieldError(state.fieldErrors?.newPassword)}
        />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </Card>
  );
};
