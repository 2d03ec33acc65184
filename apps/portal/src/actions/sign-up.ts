'use server';

import { isAppError } from '@fidele/core';
import { isRateLimitedError, minutesToWait } from '@fidele/core/rate-limits';
import { fieldErrorsOf, signUpInput } from '@fidele/validators';
import { TRPCError } from '@trpc/server';
import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { serverCaller } from '../server-caller.ts';
import type { FormState } from './form-errors.ts';
import { referralOf, signUpFieldErrors } from './sign-up-referral.ts';

/**
 * Signs up through the portal's `signUp` procedure, then says "check your inbox" whatever the
 * email: a new member gets a link that opens their account, an existing one a reminder. A
 * friend's referral code nobody has is said on its field (the programme checks it before the
 * email, so saying so tells nothing about who is a member).
 */
export const signUp = async (_: FormState, form: FormData): Promise<FormState> => {
  const referral = referralOf(form);
  const values = {
    firstName: String(form.get('firstName') ?? ''),
    lastName: String(form.get('lastName') ?? ''),
    email: String(form.get('email') ?? ''),
    // Kept as the box sent it, so a refused form comes back ticked as it was.
    emailOptIn: form.get('emailOptIn') === 'on' ? 'on' : '',
    referralCode: referral?.code ?? '',
    socialHandle: String(form.get('socialHandle') ?? ''),
  };
  const input = {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    password: String(form.get('password') ?? ''),
    locale: await getLocale(),
    consents: { email: values.emailOptIn === 'on' },
    // The contest link (`/sign-up?c=<slug>`) she came through, carried by the form.
    ...(form.get('contest') ? { contest: String(form.get('contest')) } : {}),
    // The handle she posts from: entries imported before she joined are claimed for her.
    ...(values.socialHandle ? { socialHandle: values.socialHandle } : {}),
    // The friend's code, from her link (`/sign-up?r=<code>`) or typed on the form.
    ...(referral ? { referral } : {}),
  };
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success)
    return { fieldErrors: signUpFieldErrors(fieldErrorsOf(parsed.error)), values };
  try {
    await (await serverCaller()).signUp(parsed.data);
  } catch (error) {
    const cause = error instanceof TRPCError ? error.cause : error;
    if (isRateLimitedError(cause))
      return { error: 'rateLimited', wait: minutesToWait(cause.retryAfterSeconds), values };
    if (isAppError(cause) && cause.code === 'referral_code_unknown')
      return { fieldErrors: { referralCode: 'referralCodeUnknown' }, values };
    console.error('Sign-up failed', error);
    return { error: 'generic', values };
  }
  redirect(
    `/sign-in/check-email?${new URLSearchParams({ email: parsed.data.email, for: 'sign-up' })}`,
  );
};
