'use server';

import { customerRouter, createCallerFactory } from '@fidele/api';
import { PASSWORD_PROVIDER } from '@fidele/auth/customer-auth';
import { getDb } from '@fidele/db';
import { signUpInput } from '@fidele/validators';
import { TRPCError } from '@trpc/server';
import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signIn } from '../auth.ts';
import { fieldErrorsOf, type FormState } from './form-errors.ts';

const createCaller = createCallerFactory(customerRouter);

const isCustomerExists = (error: unknown) =>
  error instanceof TRPCError &&
  (error.cause as { code?: string } | undefined)?.code === 'customer_exists';

/** Creates the account through the portal's `signUp` procedure, then signs the new member in. */
export const signUp = async (_: FormState, form: FormData): Promise<FormState> => {
  const values = {
    firstName: String(form.get('firstName') ?? ''),
    lastName: String(form.get('lastName') ?? ''),
    email: String(form.get('email') ?? ''),
  };
  const input = {
    ...values,
    password: String(form.get('password') ?? ''),
    locale: await getLocale(),
  };
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await createCaller({ db: getDb(), response: {} }).signUp(parsed.data);
  } catch (error) {
    if (isCustomerExists(error)) return { error: 'customerExists', values };
    console.error('Sign-up failed', error);
    return { error: 'generic', values };
  }
  await signIn(PASSWORD_PROVIDER, {
    email: parsed.data.email,
    password: parsed.data.password,
    redirect: false,
  });
  redirect('/');
};
