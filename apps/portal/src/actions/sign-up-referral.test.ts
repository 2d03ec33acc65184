import { fieldErrorsOf, signUpInput } from '@fidele/validators';
import { describe, expect, it } from 'vitest';
import { referralOf, signUpFieldErrors } from './sign-up-referral.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('referralOf', () => {
  it('carries no referral without a code', () => {
    expect(referralOf(form({}))).toBeUndefined();
    expect(referralOf(form({ referralCode: '  ' }))).toBeUndefined();
    expect(referralOf(form({ referralCode: '', referralLink: 'K3QF7XMP' }))).toBeUndefined();
  });

  it('says a typed code was typed', () => {
    expect(referralOf(form({ referralCode: ' k3qf-7xmp ' }))).toEqual({
      code: 'k3qf-7xmp',
      via: 'CODE',
    });
  });

  it('says the link’s code came from the link, however it is spelled', () => {
    expect(referralOf(form({ referralCode: 'K3QF7XMP', referralLink: 'K3QF7XMP' }))).toEqual({
      code: 'K3QF7XMP',
      via: 'LINK',
    });
    expect(referralOf(form({ referralCode: 'k3qf-7xmp', referralLink: 'K3QF7XMP' }))?.via).toBe(
      'LINK',
    );
  });

  it('says a code she changed after the link was typed', () => {
    expect(referralOf(form({ referralCode: 'M8ZR2QWD', referralLink: 'K3QF7XMP' }))?.via).toBe(
      'CODE',
    );
  });
});

describe('signUpFieldErrors', () => {
  const valid = {
    firstName: 'Léa',
    lastName: '',
    email: 'lea@example.com',
    password: 'a long enough password',
    locale: 'en',
  };

  it('puts a code that cannot be one on the code’s field', () => {
    const parsed = signUpInput.safeParse({ ...valid, referral: { code: 'NOPE', via: 'CODE' } });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(signUpFieldErrors(fieldErrorsOf(parsed.error))).toEqual({
      referralCode: 'referralCode',
    });
  });

  it('keeps the other fields’ errors as they are', () => {
    const parsed = signUpInput.safeParse({
      ...valid,
      email: 'nope',
      referral: { code: 'X'.repeat(40), via: 'LINK' },
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(signUpFieldErrors(fieldErrorsOf(parsed.error))).toEqual({
      email: 'email',
      referralCode: 'referralCode',
    });
    expect(signUpFieldErrors({ firstName: 'required' })).toEqual({ firstName: 'required' });
  });

  it('says a handle that cannot be one in the words of a handle, and takes one typed with its @', () => {
    const parsed = signUpInput.safeParse({ ...valid, socialHandle: 'camille looks!' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(signUpFieldErrors(fieldErrorsOf(parsed.error))).toEqual({
      socialHandle: 'socialHandle',
    });
    expect(signUpInput.parse({ ...valid, socialHandle: ' @Camille.Looks ' }).socialHandle).toBe(
      'camille.looks',
    );
    expect(signUpInput.parse({ ...valid, socialHandle: '' }).socialHandle).toBeUndefined();
  });

  it('accepts a code as a friend types it', () => {
    expect(
      signUpInput.safeParse({ ...valid, referral: { code: 'k3qf 7xmp', via: 'CODE' } }).success,
    ).toBe(true);
  });
});
