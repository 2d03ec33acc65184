'use server';

import { createCallerFactory, staffRouter } from '@fidele/api';
import { STAFF_PASSWORD_PROVIDER, type StaffSession } from '@fidele/auth';
import { getDb } from '@fidele/db';
import {
  passwordChangeInput,
  passwordResetRequestInput,
  passwordSetInput,
} from '@fidele/validators';
import { TRPCError } from '@trpc/server';
import { redirect } from 'next/navigation';
import type { ZodError } from 'zod';
import { currentStaff, signIn } from '@/auth.ts';
import { mailContext } from '@/mail.ts';

/** What a password form shows after a submission: message keys of `passwords.errors`. */
export type PasswordFormState = {
  error?: 'linkInvalid' | 'wrongPassword';
  fieldErrors?: Partial<Record<string, 'email' | 'passwordLength' | 'required'>>;
  done?: boolean;
  email?: string;
};

const createCaller = createCallerFactory(staffRouter);
const caller = (staff?: StaffSession) =>
  createCaller({ db: getDb(), response: {}, mail: mailContext(), staff });

const appCodeOf = (error: unknown) =>
  error instanceof TRPCError ? (error.cause as { code?: string } | undefined)?.code : undefined;

/** One message key per field, the first issue winning. */
const fieldErrorsOf = (error: ZodError): PasswordFormState['fieldErrors'] => {
  const errors: PasswordFormState['fieldErrors'] = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??=
      field === 'email'
        ? 'email'
        : field === 'password' || field === 'newPassword'
          ? 'passwordLength'
          : 'required';
  }
  return errors;
};

/** "Forgot password": the same answer whether or not the email belongs to a staff member. */
export const requestPasswordResetAction = async (
  _: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> => {
  const email = String(form.get('email') ?? '');
  const parsed = passwordResetRequestInput.safeParse({ email });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), email };
  await caller().passwords.requestReset(parsed.data);
  return { done: true, email: parsed.data.email };
};

/** Sets a password with an invitation or reset link, then opens the console. */
export const setPasswordAction = async (
  _: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> => {
  const parsed = passwordSetInput.safeParse({
    token: form.get('token'),
    password: form.get('password'),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  let email: string;
  try {
    ({ email } = await caller().passwords.setWithLink(parsed.data));
  } catch (error) {
    if (appCodeOf(error) === 'password_link_invalid') return { error: 'linkInvalid' };
    throw error;
  }
  // On success next-auth redirects by throwing, which must travel on to Next.
  await signIn(STAFF_PASSWORD_PROVIDER, {
    email,
    password: parsed.data.password,
    redirectTo: '/customers',
  });
  return {};
};

/** The signed-in member's password change: their other sessions end, this one stays. */
export const changePasswordAction = async (
  _: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> => {
  const staff = await currentStaff();
  if (!staff) redirect('/sign-in');
  const parsed = passwordChangeInput.safeParse({
    currentPassword: form.get('currentPassword'),
    newPassword: form.get('newPassword'),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await caller(staff).passwords.change(parsed.data);
  } catch (error) {
    if (appCodeOf(error) === 'wrong_password') return { error: 'wrongPassword' };
    throw error;
  }
  return { done: true };
};
