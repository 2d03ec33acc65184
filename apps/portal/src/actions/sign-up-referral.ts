import type { FieldError } from '@fidele/validators';
import { sameReferralCode } from '../components/referral-view.ts';
import type { PortalFieldError } from './form-errors.ts';

type FormLike = { get: (name: string) => FormDataEntryValue | null };

/**
 * The friend's referral code a sign-up form carries, if any: from her link (`referralLink`, the
 * code `?r=` gave, sent as `referralCode` while she leaves it as it is) or typed in the field.
 */
export const referralOf = (form: FormLike): { code: string; via: 'LINK' | 'CODE' } | undefined => {
  const code = String(form.get('referralCode') ?? '').trim();
  if (!code) return undefined;
  const fromLink = String(form.get('referralLink') ?? '').trim();
  return { code, via: fromLink && sameReferralCode(code, fromLink) ? 'LINK' : 'CODE' };
};

/**
 * The schema's field errors as the sign-up form shows them: an issue with `referral` (its code
 * is not one, or too long to be one) is said on the code's field, in the words of a code, and
 * one with the social handle in the words of a handle.
 */
export const signUpFieldErrors = (
  errors: Partial<Record<string, FieldError>>,
): Partial<Record<string, PortalFieldError>> => {
  const { referral, socialHandle, ...others } = errors;
  return {
    ...others,
    ...(referral ? { referralCode: 'referralCode' as const } : {}),
    ...(socialHandle ? { socialHandle: 'socialHandle' as const } : {}),
  };
};
