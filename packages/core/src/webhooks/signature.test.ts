import { describe, expect, it } from 'vitest';
import { signatureFor, signatureHeaderFor, verifySignature } from './signature.ts';

const secret = 'whsec_test-secret';
const body = '{"id":"evt_1","type":"order.paid","data":{"amount":1999}}';
const now = 1_800_000_000;

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of timestamp.body, as the README computes it with openssl', () => {
    // printf '%s' '1800000000.{}' | openssl dgst -sha256 -hmac whsec_test-secret
    expect(signatureFor(secret, now, '{}')).toBe(
      '5bac6ce0498a2fa59f45956cac413d4c10fe0ab7425e4943925297b63ed92764',
    );
    expect(signatureFor(secret, now, '{}')).not.toBe(signatureFor(secret, now + 1, '{}'));
  });

  it('accepts a fresh signature of the exact body', () => {
    const header = signatureHeaderFor(secret, now, body);
    expect(verifySignature({ secret, header, rawBody: body, now })).toBe(true);
    expect(verifySignature({ secret, header, rawBody: body, now: now + 300 })).toBe(true);
  });

  it('refuses a tampered body', () => {
    const header = signatureHeaderFor(secret, now, body);
    const tampered = body.replace('1999', '9999');
    expect(verifySignature({ secret, header, rawBody: tampered, now })).toBe(false);
    // Even reformatting the same JSON changes the bytes that were signed.
    expect(verifySignature({ secret, header, rawBody: `${body} `, now })).toBe(false);
  });

  it('refuses a signature made with another secret', () => {
    const header = signatureHeaderFor('whsec_other', now, body);
    expect(verifySignature({ secret, header, rawBody: body, now })).toBe(false);
  });

  it('refuses old and future timestamps beyond the tolerance', () => {
    const old = signatureHeaderFor(secret, now - 301, body);
    const future = signatureHeaderFor(secret, now + 301, body);
    expect(verifySignature({ secret, header: old, rawBody: body, now })).toBe(false);
    expect(verifySignature({ secret, header: future, rawBody: body, now })).toBe(false);
    expect(
      verifySignature({ secret, header: old, rawBody: body, now, toleranceSeconds: 600 }),
    ).toBe(true);
  });

  it('refuses missing and malformed headers', () => {
    const v1 = signatureFor(secret, now, body);
    for (const header of [
      undefined,
      '',
      `v1=${v1}`,
      `t=${now}`,
      `t=abc,v1=${v1}`,
      `t=${now},v1=zz`,
    ])
      expect(verifySignature({ secret, header, rawBody: body, now })).toBe(false);
  });

  it('accepts any of several v1 values, so a secret can be rotated without downtime', () => {
    const header = `t=${now},v1=${signatureFor('whsec_old', now, body)},v1=${signatureFor(secret, now, body)}`;
    expect(verifySignature({ secret, header, rawBody: body, now })).toBe(true);
  });
});
