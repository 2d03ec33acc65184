import type { FieldError } from '@fidele/validators';

/**
 * A field's problem as a key of the portal's `fieldErrors` messages: the schemas' own, and those
 * only the portal's forms say (a referral code that cannot be one, or that nobody has, a handle
 * that cannot be one).
 */
export type PortalFieldError = FieldError | 'referralCode' | 'referralCodeUnknown' | 'socialHandle';

export type FormState = {
  /** A key of the form's `errors` messages, for the whole form. */
  error?: string;
  /** Minutes to wait before trying again, when `error` is a rate limit. */
  wait?: number;
  fieldErrors?: Partial<Record<string, PortalFieldError>>;
  /** What the visitor typed, to put back in the fields (never the password). */
  values?: Record<string, string>;
  /** The form did what it asks (e.g. a link was requested), for forms that stay on the page. */
  done?: boolean;
};
