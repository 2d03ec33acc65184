'use client';

import { PASSWORD_MIN_LENGTH } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import type { PasswordFormState } from '@/app/password-actions.ts';

type FieldError = NonNullable<PasswordFormState['fieldErrors']>[string];

/** The translated message of a password form field's error, if it has one. */
export const usePasswordFieldError = () => {
  const t = useTranslations('passwords.fieldErrors');
  return (error: FieldError | undefined) =>
    error ? t(error, { min: PASSWORD_MIN_LENGTH }) : undefined;
};
