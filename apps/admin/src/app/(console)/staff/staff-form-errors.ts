import type { ZodError } from 'zod';

/** The fields of the staff forms that can be in error, as keys of `staff.errors`. */
export type StaffFieldErrors = Partial<Record<'email' | 'name' | 'shopIds', string>>;

const FIELD_ERROR: Record<string, string> = {
  email: 'email',
  name: 'name',
  // The shop picker shows for a store manager only, so the one way to be wrong is none picked.
  shopIds: 'shopsRequired',
};

/** One message key per field from the procedure's own schema, the first issue winning. */
export const staffFieldErrors = (error: ZodError): StaffFieldErrors => {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (FIELD_ERROR[field]) errors[field] ??= FIELD_ERROR[field];
  }
  return errors;
};

/** A refusal of the server that the form explains, as a key of `staff.errors`; else `generic`. */
export const staffFailureKey = (appCode: string | undefined): string =>
  appCode && ['staff_exists', 'staff_self_change', 'last_owner', 'shop_not_found'].includes(appCode)
    ? appCode
    : 'generic';
