'use server';

import { createCallerFactory, formRefusalOf, staffRouter } from '@fidele/api';
import { STAFF_PASSWORD_PROVIDER, type StaffSession } from '@fidele/auth';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import {
  type FieldError,
  fieldErrorsOf,
  passwordChangeInput,
  passwordResetRequestInput,
  passwordSetInput,
} from '@fidele/validators';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { currentStaff, signIn } from '@/auth.ts';
import { mailContext } from '@/mail.ts';

/** What a password form shows after a submission: message keys of `passwords.errors`. */
export type PasswordFormState = {
  error?: 'linkInvalid' | 'wrongPassword' | 'rateLimited';
  /** Minutes to wait before trying again, when `error` is `rateLimited`. */
  wait?: number;
  fieldErrors?: Partial<Record<string, FieldError>>;
  done?: boolean;
  email?: string;
};

const createCaller = createCallerFactory(staffRouter);
const caller = async (staff?: StaffSession) =>
  createCaller({
    db: getDb(),
    response: {},
    mail: mailContext(),
    staff,
    clientAddress: clientAddressOf(await headers()),
  });

/** "Forgot password": the same answer whether or not the email belongs to a staff member. */
export const requestPasswordResetAction = async (
  _: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> => {
  const email = String(form.get('email') ?? '');
  const parsed = passwordResetRequestInput.safeParse({ email });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), email };
  try {
    await (await caller()).passwords.requestReset(parsed.data);
  } catch (error) {
    return { ...formRefusalOf<never>(error), email };
  }
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
    ({ email } = await (await caller()).passwords.setWithLink(parsed.data));
  } catch (error) {
    return formRefusalOf(error, { password_link_invalid: 'linkInvalid' });
  }
  // On success next-auth redirects by throwing, which must travel on to Next.
  await signIn(STAFF_PASSWORD_PROVIDER, {
    email,
    password: parsed.data.password,
    redirectTo: '/',
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
    await (await caller(staff)).passwords.change(parsed.data);
  } catch (error) {
    return formRefusalOf(error, { wrong_password: 'wrongPassword' });
  }
  return { done: true };
};
