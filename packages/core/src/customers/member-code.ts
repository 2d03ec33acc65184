import { randomInt } from 'node:crypto';

// Member codes are 12 digits (11 random + a Luhn check digit): easy to type at a till, and a
// mistyped digit or swapped pair of neighbours is caught before any lookup.
const BODY_LENGTH = 11;

export const luhnCheckDigit = (digits: string): number => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
};

export const generateMemberCode = (): string => {
  let body = String(randomInt(1, 10));
  while (body.length < BODY_LENGTH) body += String(randomInt(0, 10));
  return body + luhnCheckDigit(body);
};

export const isValidMemberCode = (code: string): boolean =>
  /^\d{12}$/.test(code) && luhnCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
