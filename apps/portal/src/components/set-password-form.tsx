'use client';

import { Alert, NewPasswordField } from '@fidele/ui';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { setPasswordWithLink } from '../actions/passwords.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { SubmitButton } from './submit-button.tsx';

/** The new password, for the account of an emailed link. */
export const SetPasswordForm = ({ token }: { token: string }) => {
  const t = useTranslations('passwords.set');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(setPasswordWithLink, {});
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
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
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
};
