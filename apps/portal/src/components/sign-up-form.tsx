'use client';

import { Alert, EmailField, NewPasswordField, TextField } from '@fidele/ui';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { signUp } from '../actions/sign-up.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { SubmitButton } from './submit-button.tsx';

type SignUpError = 'rateLimited' | 'generic';

/**
 * `emailConsentWords`: the words of the email consent in her language, shown under the opt-in;
 * what the programme records she agreed to when she ticks it. `contest`: the slug of the contest
 * whose link she came through, so her sign-up is counted for it.
 */
export const SignUpForm = ({
  emailConsentWords,
  contest,
}: {
  emailConsentWords: string;
  contest?: string;
}) => {
  const t = useTranslations('signUp');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(signUp, {});
  const error = state.error as SignUpError | undefined;
  const optInHintId = useId();
  const optInWordsId = useId();
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {contest ? <input type="hidden" name="contest" value={contest} /> : null}
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
      {/* Unticked unless she ticks it: the action sends it as `consents.email`. */}
      <div className="flex flex-col gap-1">
        <label className="flex cursor-pointer items-start gap-3">
          <input
            type="checkbox"
            name="emailOptIn"
            defaultChecked={state.values?.emailOptIn === 'on'}
            aria-describedby={`${optInWordsId} ${optInHintId}`}
            className="mt-0.5 size-6 shrink-0 cursor-pointer accent-brand-700"
          />
          <span className="text-sm font-medium text-ink">{t('emailOptIn')}</span>
        </label>
        <p id={optInWordsId} className="pl-9 text-sm text-ink-muted">
          {emailConsentWords}
        </p>
        <p id={optInHintId} className="pl-9 text-sm text-ink-muted">
          {t('emailOptInHint')}
        </p>
      </div>
      <Link href="/terms" className="text-sm font-semibold text-brand-800 underline">
        {t('termsLink')}
      </Link>
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
};
