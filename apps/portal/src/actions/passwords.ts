'use server';

import { formRefusalOf } from '@fidele/api';
import { PASSWORD_PROVIDER } from '@fidele/auth/customer-auth';
import {
  fieldErrorsOf,
  passwordChangeInput,
  passwordResetRequestInput,
  passwordSetInput,
} from '@fidele/validators';
import { redirect } from 'next/navigation';
import { signedIn, signIn } from '../auth.ts';
import { serverCaller } from '../server-caller.ts';
import type { FormState } from './form-errors.ts';

/** "Forgot password": the same answer whether or not the email has an account. */
export const requestPasswordReset = async (_: FormState, form: FormData): Promise<FormState> => {
  const values = { email: String(form.get('email') ?? '') };
  const parsed = passwordResetRequestInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await (await serverCaller()).passwords.requestReset(parsed.data);
  } catch (error) {
    return { ...formRefusalOf(error), values };
  }
  return { done: true, values: { email: parsed.data.email } };
};

/** Sets the password with an emailed link, then signs the member in with it. */
export const setPasswordWithLink = async (_: FormState, form: FormData): Promise<FormState> => {
  const parsed = passwordSetInput.safeParse({
    token: form.get('token'),
    password: form.get('password'),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  let email: string;
  try {
    ({ email } = await (await serverCaller()).passwords.setWithLink(parsed.data));
  } catch (error) {
    return formRefusalOf(error, { password_link_invalid: 'linkInvalid' });
  }
  await signIn(PASSWORD_PROVIDER, { email, password: parsed.data.password, redirect: false });
  redirect('/');
};

/** A signed-in member changes their password; their other devices are signed out. */
export const changePassword = async (_: FormState, form: FormData): Promise<FormState> => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const parsed = passwordChangeInput.safeParse({
    currentPassword: form.get('currentPassword'),
    newPassword: form.get('newPassword'),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await (await serverCaller(customer)).passwords.change(parsed.data);
  } catch (error) {
    return formRefusalOf(error, { wrong_password: 'wrongPassword' });
  }
  return { done: true };
};
