'use server';

import {
  AccountBlocked,
  AccountMerged,
  MAGIC_LINK_PROVIDER,
  PASSWORD_PROVIDER,
} from '@fidele/auth/customer-auth';
import { signInWaitMinutes } from '@fidele/auth/sign-in-limits';
import { email as emailSchema, fieldErrorsOf } from '@fidele/validators';
import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '../auth.ts';
import type { FormState } from './form-errors.ts';

const passwordForm = z.object({ email: emailSchema, password: z.string().min(1) });
const linkForm = z.object({ email: emailSchema });

/** The form's answer to a refused sign-in: a rate limit says how long to wait. */
const refusal = (error: AuthError, values: Record<string, string>): FormState => {
  const wait = signInWaitMinutes(error);
  if (wait !== undefined) return { error: 'rateLimited', wait, values };
  if (error instanceof AccountBlocked) return { error: 'accountBlocked', values };
  if (error instanceof AccountMerged) return { error: 'accountMerged', values };
  return { error: error.type === 'CredentialsSignin' ? 'invalidCredentials' : 'generic', values };
};

/** Signs in with email and password, then opens the home page. */
export const signInWithPassword = async (_: FormState, form: FormData): Promise<FormState> => {
  const values = { email: String(form.get('email') ?? '') };
  const parsed = passwordForm.safeParse({ ...values, password: form.get('password') });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await signIn(PASSWORD_PROVIDER, { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return refusal(error, values);
    throw error;
  }
  redirect('/');
};

/** Emails a one-time sign-in link (to a known customer only; the answer is the same for anyone). */
export const sendSignInLink = async (_: FormState, form: FormData): Promise<FormState> => {
  const values = { email: String(form.get('email') ?? '') };
  const parsed = linkForm.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await signIn(MAGIC_LINK_PROVIDER, {
      email: parsed.data.email,
      redirectTo: '/',
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) return refusal(error, values);
    throw error;
  }
  redirect(`/sign-in/check-email?${new URLSearchParams({ email: parsed.data.email })}`);
};
