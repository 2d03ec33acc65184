import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors.ts';
import { passwordChangeInput, passwordResetRequestInput } from './passwords.ts';

const errorsOf = (
  schema: typeof passwordChangeInput | typeof passwordResetRequestInput,
  input: unknown,
) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('form field errors', () => {
  it('names one problem per field, the first winning', () => {
    expect(errorsOf(passwordResetRequestInput, { email: 'not-an-email' })).toEqual({
      email: 'email',
    });
    expect(errorsOf(passwordChangeInput, { currentPassword: '', newPassword: 'short' })).toEqual({
      currentPassword: 'required',
      newPassword: 'passwordLength',
    });
    expect(
      errorsOf(passwordChangeInput, {
        currentPassword: 'x'.repeat(201),
        newPassword: 'long-enough',
      }),
    ).toEqual({ currentPassword: 'tooLong' });
  });
});
