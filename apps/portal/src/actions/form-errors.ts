import type { ZodError } from 'zod';

/** A form field's problem, as a key of the `fieldErrors` messages. */
export type FieldError = 'required' | 'email' | 'passwordLength' | 'tooLong';

export type FormState = {
  /** A key of the form's `errors` messages, for the whole form. */
  error?: string;
  /** Minutes to wait before trying again, when `error` is a rate limit. */
  wait?: number;
  fieldErrors?: Partial<Record<string, FieldError>>;
  /** What the visitor typed, to put back in the fields (never the password). */
  values?: Record<string, string>;
  /** The form did what it asks (e.g. a link was requested), for forms that stay on the page. */
  done?: boolean;
};

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
