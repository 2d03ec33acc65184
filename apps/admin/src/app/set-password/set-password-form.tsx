'use client';

import { Alert, Button, NewPasswordField } from '@fidele/ui';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { usePasswordFieldError } from '@/components/password-field-error.ts';
import { type PasswordFormState, setPasswordAction } from '../password-actions.ts';

/** The password for the account of an invitation or reset link; then the console opens. */
export const SetPasswordForm = ({ token, submit }: { token: string; submit: string }) => {
  const t = useTranslations('passwords.set');
  const fieldError = usePasswordFieldError();
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(
    setPasswordAction,
    {},
  );
  return (
    <form action={action} className="mt-6 flex flex-col gap-4" noValidate>
      {state.error === 'linkInvalid' ? (
        <Alert tone="danger" title={t('invalidTitle')}>
          {t('invalidBody')}{' '}
          <Link href="/forgot-password" className="font-semibold underline underline-offset-2">
            {t('askAgain')}
          </Link>
        </Alert>
      ) : null}
      {state.error === 'rateLimited' ? (
        <Alert tone="danger">{t('rateLimited', { minutes: state.wait ?? 1 })}</Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField
        label={t('password')}
        name="password"
        hint={(min) => t('hint', { min })}
        error={fieldError(state.fieldErrors?.password)}
      />
      <Button type="submit" loading={pending} fullWidth>
        {submit}
      </Button>
    </form>
  );
};
