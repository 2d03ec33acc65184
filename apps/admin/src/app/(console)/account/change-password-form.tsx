'use client';

import { Alert, Button, Card, NewPasswordField, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { changePasswordAction, type PasswordFormState } from '@/app/password-actions.ts';
import { usePasswordFieldError } from '@/components/password-field-error.ts';

/** The current password, then the new one; the member's other sessions end. */
export const ChangePasswordForm = () => {
  const t = useTranslations('passwords.change');
  const fieldError = usePasswordFieldError();
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(
    changePasswordAction,
    {},
  );
  return (
    <Card title={t('title')} className="max-w-xl">
      <form action={action} className="flex flex-col gap-4" noValidate>
        <p className="text-sm text-ink-muted">{t('intro')}</p>
        {state.done ? <Alert tone="success">{t('done')}</Alert> : null}
        {state.error === 'wrongPassword' ? <Alert tone="danger">{t('wrongPassword')}</Alert> : null}
        {state.error === 'rateLimited' ? (
          <Alert tone="danger">{t('rateLimited', { minutes: state.wait ?? 1 })}</Alert>
        ) : null}
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
        <div>
          <Button type="submit" loading={pending}>
            {t('submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
};
