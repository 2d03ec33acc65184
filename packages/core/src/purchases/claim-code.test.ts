import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatClaimCode,
  generateClaimCode,
  isWellFormedClaimCode,
  normalizeClaimCode,
} from './claim-code.ts';

describe('claim codes', () => {
  it('are 10 symbols of the unambiguous alphabet, with a valid check symbol', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateClaimCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
      expect(isWellFormedClaimCode(code)).toBe(true);
    }
  });

  it('catch any single mistyped symbol', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 30 }), (at, shift) => {
        const code = generateClaimCode();
        const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
        const wrong = alphabet[(alphabet.indexOf(code[at]!) + shift) % alphabet.length]!;
        const typo = code.slice(0, at) + wrong + code.slice(at + 1);
        expect(isWellFormedClaimCode(typo)).toBe(false);
      }),
    );
  });

  it('read back what the receipt shows, whatever the case and separators', () => {
    const code = generateClaimCode();
    expect(normalizeClaimCode(` ${formatClaimCode(code).toLowerCase()} `)).toBe(code);
  });
});
