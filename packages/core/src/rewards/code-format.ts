import { randomInt } from 'node:crypto';

// 31 symbols without the look-alikes 0/O, 1/I/L: a code read aloud or copied by hand survives.
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const RANDOM_LENGTH = 13; // 13 × log2(31) ≈ 64.4 bits of randomness
const BASE = CODE_ALPHABET.length;

/**
 * Weighted sum modulo 31 (a prime): any single mistyped symbol, and any swap of two neighbours,
 * changes the check symbol, so typos are caught before a lookup.
 */
export const checkSymbol = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * CODE_ALPHABET.indexOf(body[i]!);
  return CODE_ALPHABET[sum % BASE]!;
};

/** A fresh code from the CSPRNG; codes share nothing, so none can be guessed from another. */
export const generateDiscountCode = (): string => {
  let body = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) body += CODE_ALPHABET[randomInt(BASE)];
  return body + checkSymbol(body);
};

/** What a person typed or a scanner read → the stored form (upper case, no separators). */
export const normalizeCode = (input: string): string => input.toUpperCase().replace(/[\s-]/g, '');

export const isWellFormedCode = (code: string): boolean =>
  code.length === RANDOM_LENGTH + 1 &&
  [...code].every((symbol) => CODE_ALPHABET.includes(symbol)) &&
  checkSymbol(code.slice(0, -1)) === code.at(-1);

/** For display: ABCD-EFGH-JKMN-PQ. */
export const formatCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;
