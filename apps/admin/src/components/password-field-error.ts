'use client';

import { type FieldError, PASSWORD_MIN_LENGTH } from '@fidele/validators';
import { useTranslations } from 'next-intl';

/** The translated message of a password form field's error, if it has one. */
export const usePasswordFieldError = () => {
  const t = useTranslations('passwords.fieldErrors');
  return (error: FieldError | undefined) =>
    error ? t(error, { min: PASSWORD_MIN_LENGTH }) : undefined;
};
