import { describe, expect, it } from 'vitest';
import {
  generateEndpointSecret,
  signatureHeader,
  signDelivery,
  verifyDelivery,
} from './signing.ts';

// The Standard Webhooks specification's own example (its libraries test against it).
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const headersOf = (signature: string, timestamp = VECTOR.timestamp) => ({
  id: VECTOR.id,
  timestamp: String(timestamp),
  signature,
});

describe('Standard Webhooks signatures', () => {
  it('signs the specification’s test vector as it says', () => {
    expect(signatureHeader([VECTOR.secret], VECTOR)).toBe(VECTOR.signature);
  });

  it('verifies the vector within the tolerance, and nothing tampered with', () => {
    const verify = (body: string, headers: ReturnType<typeof headersOf>, now = VECTOR.timestamp) =>
      verifyDelivery({ secret: VECTOR.secret, headers, body, now });
    expect(verify(VECTOR.body, headersOf(VECTOR.signature))).toBe(true);
    expect(verify(VECTOR.body, headersOf(VECTOR.signature), VECTOR.timestamp + 300)).toBe(true);
    expect(verify(VECTOR.body, headersOf(VECTOR.signature), VECTOR.timestamp + 301)).toBe(false);
    expect(verify('{"test": 2432232315}', headersOf(VECTOR.signature))).toBe(false);
    expect(verify(VECTOR.body, { ...headersOf(VECTOR.signature), id: 'msg_other' })).toBe(false);
    expect(verify(VECTOR.body, headersOf(VECTOR.signature, VECTOR.timestamp + 1))).toBe(false);
    expect(verify(VECTOR.body, headersOf('v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='))).toBe(
      false,
    );
    expect(verify(VECTOR.body, headersOf(''))).toBe(false);
  });

  it('signs with every secret of a rotation, and either verifies', () => {
    const old = generateEndpointSecret();
    const header = signatureHeader([VECTOR.secret, old], VECTOR);
    expect(header.split(' ')).toEqual([VECTOR.signature, `v1,${signDelivery(old, VECTOR)}`]);
    for (const secret of [VECTOR.secret, old])
      expect(
        verifyDelivery({
          secret,
          headers: headersOf(header),
          body: VECTOR.body,
          now: VECTOR.timestamp,
        }),
      ).toBe(true);
  });

  it('makes secrets of 32 random bytes in base64 after whsec_', () => {
    const secret = generateEndpointSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateEndpointSecret()).not.toBe(secret);
  });
});
