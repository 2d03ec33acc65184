import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMemberCode, isValidMemberCode, luhnCheckDigit } from './member-code.ts';

describe('member code', () => {
  it('computes the Luhn check digit', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });

  it('generates valid 12-digit codes', () => {
    for (let i = 0; i < 200; i++) expect(isValidMemberCode(generateMemberCode())).toBe(true);
  });

  it('catches any single mistyped digit', () => {
    fc.assert(
      fc.property(fc.nat(11), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const code = generateMemberCode();
        const wrong = (Number(code[position]) + delta) % 10;
        const typo = code.slice(0, position) + wrong + code.slice(position + 1);
        expect(isValidMemberCode(typo)).toBe(false);
      }),
    );
  });

  it('refuses malformed input', () => {
    expect(isValidMemberCode('12345')).toBe(false);
    expect(isValidMemberCode('abcdefghijkl')).toBe(false);
  });
});
