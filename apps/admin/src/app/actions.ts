'use server';

import { signInWaitMinutes, STAFF_PASSWORD_PROVIDER } from '@fidele/auth';
import { staffSignInInput } from '@fidele/validators';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/auth.ts';

export type SignInState = {
  error?: 'invalid_input' | 'wrong_credentials' | 'rate_limited';
  email?: string;
  /** Minutes to wait, when `error` is `rate_limited`. */
  wait?: number;
};

export const signInAction = async (_state: SignInState, form: FormData): Promise<SignInState> => {
  const email = String(form.get('email') ?? '');
  const parsed = staffSignInInput.safeParse({ email, password: form.get('password') ?? '' });
  if (!parsed.success) return { error: 'invalid_input', email };
  try {
    // On success next-auth redirects by throwing, which must travel on to Next.
    await signIn(STAFF_PASSWORD_PROVIDER, { ...parsed.data, redirectTo: '/' });
  } catch (error) {
    if (error instanceof AuthError) {
      const wait = signInWaitMinutes(error);
      return wait === undefined
        ? { error: 'wrong_credentials', email }
        : { error: 'rate_limited', wait, email };
    }
    throw error;
  }
  return {};
};

export const signOutAction = async (): Promise<void> => {
  await signOut({ redirectTo: '/sign-in' });
};
