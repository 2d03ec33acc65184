import { staffAccessInput, staffInviteInput } from '@fidele/validators';
import { describe, expect, it } from 'vitest';
import { staffFailureKey, staffFieldErrors } from './staff-form-errors.ts';

const errorsOf = (schema: typeof staffInviteInput | typeof staffAccessInput, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : staffFieldErrors(parsed.error);
};

describe('staff form errors', () => {
  it('names each wrong field of an invitation', () => {
    expect(
      errorsOf(staffInviteInput, {
        email: 'not-an-email',
        name: ' ',
        role: 'SUPPORT',
        shopIds: [],
      }),
    ).toEqual({ email: 'email', name: 'name' });
  });

  it('asks a store manager for at least one shop', () => {
    expect(
      errorsOf(staffAccessInput, {
        staffId: '00000000-0000-4000-8000-000000000000',
        role: 'STORE_MANAGER',
        shopIds: [],
      }),
    ).toEqual({ shopIds: 'shopsRequired' });
  });

  it('explains the refusals it knows and calls the others generic', () => {
    expect(staffFailureKey('last_owner')).toBe('last_owner');
    expect(staffFailureKey('internal_error')).toBe('generic');
    expect(staffFailureKey(undefined)).toBe('generic');
  });
});
