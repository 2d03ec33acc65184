import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  formatCode,
  generateDiscountCode,
  isWellFormedCode,
  normalizeCode,
} from './code-format.ts';

describe('discount code format', () => {
  it('carries at least 60 bits of randomness', () => {
    expect(13 * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(60);
  });

  it('avoids ambiguous symbols', () => {
    for (const symbol of '01OIL') expect(CODE_ALPHABET).not.toContain(symbol);
  });

  it('generates well-formed, distinct codes', () => {
    const codes = new Set(Array.from({ length: 2_000 }, generateDiscountCode));
    expect(codes.size).toBe(2_000);
    for (const code of codes) expect(isWellFormedCode(code)).toBe(true);
  });

  it('catches any single mistyped symbol', () => {
    fc.assert(
      fc.property(
        fc.nat(13),
        fc.integer({ min: 1, max: CODE_ALPHABET.length - 1 }),
        (at, shift) => {
          const code = generateDiscountCode();
          const wrong =
            CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[at]!) + shift) % CODE_ALPHABET.length];
          expect(isWellFormedCode(code.slice(0, at) + wrong + code.slice(at + 1))).toBe(false);
        },
      ),
    );
  });

  it('catches a swap of two different neighbours', () => {
    fc.assert(
      fc.property(fc.nat(12), (at) => {
        const code = generateDiscountCode();
        fc.pre(code[at] !== code[at + 1]);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(isWellFormedCode(swapped)).toBe(false);
      }),
    );
  });

  it('reads what a person types', () => {
    const code = generateDiscountCode();
    expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
    expect(formatCode('ABCDEFGHJKMNPQ')).toBe('ABCD-EFGH-JKMN-PQ');
  });
});
