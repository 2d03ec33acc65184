import { describe, expect, it } from 'vitest';
import {
  CONSENT_KINDS,
  consentChangeKey,
  consentErrorKey,
  consentKindOf,
  consentLocked,
  consentSourceKey,
} from './consent-view.ts';

describe('consentKindOf', () => {
  it('names each channel of the history as the switch it belongs to', () => {
    expect(consentKindOf('EMAIL')).toBe('email');
    expect(consentKindOf('SMS')).toBe('sms');
  });
});

describe('consentChangeKey', () => {
  it('says whether she gave or withdrew each consent', () => {
    expect(consentChangeKey('email', true)).toBe('emailGiven');
    expect(consentChangeKey('email', false)).toBe('emailWithdrawn');
    expect(consentChangeKey('sms', true)).toBe('smsGiven');
    expect(consentChangeKey('sms', false)).toBe('smsWithdrawn');
  });

  it('gives four different keys for the two channels', () => {
    const keys = CONSENT_KINDS.flatMap((kind) =>
      [true, false].map((given) => consentChangeKey(kind, given)),
    );
    expect(new Set(keys).size).toBe(4);
  });
});

describe('consentSourceKey', () => {
  it('names every place a consent can change', () => {
    expect(consentSourceKey('TILL')).toBe('till');
    expect(consentSourceKey('PORTAL')).toBe('portal');
    expect(consentSourceKey('SIGN_UP')).toBe('signUp');
    expect(consentSourceKey('IMPORT')).toBe('import');
    expect(consentSourceKey('ADMIN')).toBe('admin');
  });
});

describe('consentLocked', () => {
  it('keeps text messages off without a phone number', () => {
    expect(consentLocked('sms', { given: false }, false)).toBe(true);
    expect(consentLocked('sms', { given: false }, true)).toBe(false);
  });

  it('always lets her withdraw, and never locks emails', () => {
    expect(consentLocked('sms', { given: true }, false)).toBe(false);
    expect(consentLocked('email', { given: false }, false)).toBe(false);
    expect(consentLocked('email', { given: true }, false)).toBe(false);
  });
});

describe('consentErrorKey', () => {
  it('explains a missing phone number, and nothing else', () => {
    expect(
      consentErrorKey({ data: { code: 'UNPROCESSABLE_CONTENT', appCode: 'sms_needs_phone' } }),
    ).toBe('smsNeedsPhone');
    expect(consentErrorKey({ data: { appCode: 'customer_not_found' } })).toBe('generic');
    expect(consentErrorKey(new Error('offline'))).toBe('generic');
    expect(consentErrorKey(null)).toBe('generic');
  });
});
