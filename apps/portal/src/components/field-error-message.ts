'use client';

import { type FieldError, PASSWORD_MIN_LENGTH } from '@fidele/validators';
import { useTranslations } from 'next-intl';

/** The translated message of a field's error, if it has one. */
export const useFieldErrorMessage = () => {
  const t = useTranslations('fieldErrors');
  return (error: FieldError | undefined) =>
    error ? t(error, { min: PASSWORD_MIN_LENGTH }) : undefined;
};
