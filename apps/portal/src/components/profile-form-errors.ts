import { profileUpdateInput } from '@fidele/validators';

export type ProfileFields = {
  firstName: string;
  lastName: string;
  phone: string;
  birthDate: string;
};

export type ProfileErrorKey =
  'firstName' | 'lastName' | 'phone' | 'phoneTaken' | 'birthDate' | 'generic';

export type ProfileFieldErrors = Partial<Record<keyof ProfileFields, ProfileErrorKey>>;

const fieldNames = ['firstName', 'lastName', 'phone', 'birthDate'] as const;

/** The fields the server would refuse, checked with its own schema before sending. */
export const profileFieldErrors = (fields: ProfileFields): ProfileFieldErrors => {
  const result = profileUpdateInput.safeParse(fields);
  if (result.success) return {};
  const errors: ProfileFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldNames.find((name) => name === issue.path[0]);
    if (field) errors[field] ??= field;
  }
  return errors;
};

/** Why the server refused a save, as a key under `profile.errors` (never the server's words). */
export const profileSaveErrorKey = (error: unknown): ProfileErrorKey => {
  const appCode = (error as { data?: { appCode?: string } | null } | null)?.data?.appCode;
  return appCode === 'phone_taken' ? 'phoneTaken' : 'generic';
};
