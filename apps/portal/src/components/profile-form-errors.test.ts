import { describe, expect, it } from 'vitest';
import { profileFieldErrors, profileSaveErrorKey } from './profile-form-errors.ts';

const valid = {
  firstName: 'Camille',
  lastName: 'Durand',
  phone: '+33 6 12 34 56 78',
  birthDate: '1990-04-12',
};

describe('profileFieldErrors', () => {
  it('accepts a complete profile and an empty optional field', () => {
    expect(profileFieldErrors(valid)).toEqual({});
    expect(profileFieldErrors({ ...valid, phone: '', birthDate: '', lastName: '' })).toEqual({});
  });

  it('names each field the server would refuse', () => {
    expect(
      profileFieldErrors({ firstName: ' ', lastName: '', phone: '0612', birthDate: '1850-01-01' }),
    ).toEqual({ firstName: 'firstName', phone: 'phone', birthDate: 'birthDate' });
    expect(profileFieldErrors({ ...valid, birthDate: '2999-01-01' })).toEqual({
      birthDate: 'birthDate',
    });
  });
});

describe('profileSaveErrorKey', () => {
  it('explains a phone already in use, and nothing else', () => {
    expect(profileSaveErrorKey({ data: { appCode: 'phone_taken' } })).toBe('phoneTaken');
    expect(profileSaveErrorKey(new Error('boom'))).toBe('generic');
  });
});
