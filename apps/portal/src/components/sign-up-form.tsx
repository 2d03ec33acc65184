'use client';

import { Alert, EmailField, NewPasswordField, TextField } from '@fidele/ui';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '../actions/form-errors.ts';
import { signUp } from '../actions/sign-up.ts';
import { useFieldErrorMessage } from './field-error-message.ts';
import { sameReferralCode } from './referral-view.ts';
import { SubmitButton } from './submit-button.tsx';

type SignUpError = 'rateLimited' | 'generic';

/**
 * A friend's referral code typed on the form (optional), or the one her link gave when it comes
 * back refused: in the field, with why, for her to correct or clear.
 */
const ReferralCodeField = ({
  invited,
  value,
  error,
}: {
  invited?: { code: string; display: string };
  value?: string;
  error?: string;
}) => {
  const t = useTranslations('signUp');
  return (
    <>
      {invited ? <input type="hidden" name="referralLink" value={invited.code} /> : null}
      <TextField
        label={t('referralCode')}
        name="referralCode"
        hint={t('referralCodeHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
        defaultValue={value ?? invited?.code}
        error={error}
      />
    </>
  );
};

/**
 * `emailConsentWords`: the words of the email consent in her language, shown under the opt-in;
 * what the programme records she agreed to when she ticks it. `contest`: the slug of the contest
 * whose link she came through, so her sign-up is counted for it (and she may say the handle she
 * posts from, for entries imported before she joined to be found). `invited`: the referral code of
 * the friend's link she came through (`?r=`), and how to show it.
 */
export const SignUpForm = ({
  emailConsentWords,
  contest,
  invited,
}: {
  emailConsentWords: string;
  contest?: string;
  invited?: { code: string; display: string };
}) => {
  const t = useTranslations('signUp');
  const fieldError = useFieldErrorMessage();
  const [state, action] = useActionState<FormState, FormData>(signUp, {});
  const error = state.error as SignUpError | undefined;
  const optInHintId = useId();
  const optInWordsId = useId();
  const referralError = fieldError(state.fieldErrors?.referralCode);
  // Her link's code is said and sent as it is, unless the programme refused it: then it is in the
  // field, and stays there once she changed or cleared it (whatever else the form refuses).
  const sent = state.values?.referralCode;
  const linked =
    invited && !referralError && (sent === undefined || sameReferralCode(sent, invited.code))
      ? invited
      : undefined;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {contest ? <input type="hidden" name="contest" value={contest} /> : null}
      {linked ? (
        <>
          <input type="hidden" name="referralLink" value={linked.code} />
          <input type="hidden" name="referralCode" value={linked.code} />
          <p
            data-testid="sign-up-invited"
            className="rounded-control bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900"
          >
            {t('invitedBy', { code: linked.display })}
          </p>
        </>
      ) : null}
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
      {contest ? (
        <TextField
          label={t('socialHandle')}
          name="socialHandle"
          hint={t('socialHandleHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={51}
          defaultValue={state.values?.socialHandle}
          error={fieldError(state.fieldErrors?.socialHandle)}
        />
      ) : null}
      {linked ? null : (
        <ReferralCodeField
          invited={invited}
          value={state.values?.referralCode}
          error={referralError}
        />
      )}
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
