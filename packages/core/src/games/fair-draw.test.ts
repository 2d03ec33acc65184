import { describe, expect, it } from 'vitest';
import { drawPlay, seedUniform } from './draw.ts';
import { outcomeOf, playMessage, uniformOfDigest } from './fair-draw.ts';
import { CUSTOMER_ID, plenty, SEED, wheel } from './game-fixtures.ts';

const encoder = new TextEncoder();

/** A play's digest as a browser makes it, with WebCrypto rather than node:crypto. */
const webDigest = async (seed: string, message: string) => {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(seed),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
};

describe("the draw's mapping, shared with the browser", () => {
  it('gives from a WebCrypto digest the outcome the server drew', async () => {
    for (let playNumber = 1; playNumber <= 200; playNumber++) {
      const uniform = uniformOfDigest(await webDigest(SEED, playMessage(CUSTOMER_ID, playNumber)));
      expect(uniform).toBe(seedUniform(SEED, `${CUSTOMER_ID}:${playNumber}`));
      expect(outcomeOf({ uniform, table: wheel, state: plenty })).toEqual(
        drawPlay({ seed: SEED, customerId: CUSTOMER_ID, playNumber, table: wheel, state: plenty }),
      );
    }
  });

  it('reads the first 52 bits of the digest, wherever its bytes sit in their buffer', () => {
    const bytes = new Uint8Array([9, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(uniformOfDigest(bytes.subarray(1))).toBe(1 - 2 ** -52);
    expect(uniformOfDigest(new Uint8Array(32))).toBe(0);
    expect(() => uniformOfDigest(new Uint8Array(7))).toThrow();
  });
});
