import type { ZodError } from 'zod';

/** A form field's problem, as a key of an app's `fieldErrors` messages (portal and admin alike). */
export type FieldError = 'required' | 'email' | 'passwordLength' | 'tooLong';

/** Turns schema issues into one message key per field, the first issue winning. */
export const fieldErrorsOf = (error: ZodError): Partial<Record<string, FieldError>> => {
  const errors: Partial<Record<string, FieldError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (errors[field]) continue;
    if (issue.code === 'too_big') errors[field] = 'tooLong';
    else if (field === 'email') errors[field] = 'email';
    else if (field === 'password' || field === 'newPassword') errors[field] = 'passwordLength';
    else errors[field] = 'required';
  }
  return errors;
};
