'use client';

import { EmailField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { sendSignInLink } from '../actions/sign-in.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { type SignInError, SignInErrorAlert } from './sign-in-error-alert.tsx';
import { SubmitButton } from './submit-button.tsx';

export const MagicLinkForm = ({ initialError }: { initialError?: SignInError }) => {
  const t = useTranslations('signIn');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(sendSignInLink, {
    error: initialError,
  });
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">{t('linkIntro')}</p>
      <SignInErrorAlert error={state.error as SignInError | undefined} wait={state.wait} />
      <EmailField
        label={t('email')}
        defaultValue={state.values?.email}
        error={fieldError(state.fieldErrors?.email)}
      />
      <SubmitButton>{t('sendLink')}</SubmitButton>
    </form>
  );
};
