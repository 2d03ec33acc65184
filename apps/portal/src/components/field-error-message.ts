'use client';

import { PASSWORD_MIN_LENGTH } from '@fidele/validators/password-length';
import { useTranslations } from 'next-intl';
import type { PortalFieldError } from '../actions/form-errors.ts';

/** The translated message of a field's error, if it has one. */
export const useFieldErrorMessage = () => {
  const t = useTranslations('fieldErrors');
  return (error: PortalFieldError | undefined) =>
    error ? t(error, { min: PASSWORD_MIN_LENGTH }) : undefined;
};
