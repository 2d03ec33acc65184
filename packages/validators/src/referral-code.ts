/** Crockford's base32: what `referral_code()` draws from (no I, L, O, U). */
export const REFERRAL_CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** The longest text read as a referral code (spaces and dashes included). */
export const REFERRAL_CODE_MAX_TYPED = 32;

/**
 * A member's referral code as a friend or a cashier types it: any case, with spaces or a dash,
 * and the letters people mistake for digits (O for 0, I and L for 1) read as Crockford does.
 */
export const normalisedReferralCode = (text: string) =>
  text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

/**
 * The code typed, normalised, when it is one; else undefined. Without zod (the schema
 * `referralCode` says the same), for the browser: `@fidele/validators/referral-code`.
 */
export const readReferralCode = (text: string): string | undefined => {
  if (text.length > REFERRAL_CODE_MAX_TYPED) return undefined;
  const code = normalisedReferralCode(text);
  return REFERRAL_CODE.test(code) ? code : undefined;
};

/** A code as the portal shows it: two groups of four, easier to read out at a till. */
export const formatReferralCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
