import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, checkSymbol, normalizeCode } from '../rewards/code-format.ts';

// Printed on a receipt and typed by hand: short, the discount codes' alphabet without look-alikes.
// 9 × log2(31) ≈ 44.6 bits: far beyond guessing within a claim window, and one check symbol
// catches a mistyped symbol or two swapped neighbours before any lookup.
const RANDOM_LENGTH = 9;

export const generateClaimCode = (): string => {
  let body = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) body += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return body + checkSymbol(body);
};

/** What the customer typed (any case, spaces or dashes) → the stored form. */
export const normalizeClaimCode = normalizeCode;

export const isWellFormedClaimCode = (code: string): boolean =>
  code.length === RANDOM_LENGTH + 1 &&
  [...code].every((symbol) => CODE_ALPHABET.includes(symbol)) &&
  checkSymbol(code.slice(0, -1)) === code.at(-1);

/** For the receipt: ABCDE-FGHJK. */
export const formatClaimCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;
