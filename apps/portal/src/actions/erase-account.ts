'use server';

import { redirect } from 'next/navigation';
import { signedIn, signOut } from '../auth.ts';
import { serverCaller } from '../server-caller.ts';
import type { FormState } from './form-errors.ts';

/**
 * Erases her account once she ticked that she understands, then signs this browser out (her
 * sessions are gone with her data) and says goodbye.
 */
export const eraseAccount = async (_: FormState, form: FormData): Promise<FormState> => {
  if (form.get('confirm') !== 'on') return { fieldErrors: { confirm: 'required' } };
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  try {
    await (await serverCaller(customer)).privacy.erase({ confirm: true });
  } catch (error) {
    console.error('Account erasure failed', error);
    return { error: 'generic' };
  }
  await signOut({ redirectTo: '/account-deleted' });
  return {};
};
