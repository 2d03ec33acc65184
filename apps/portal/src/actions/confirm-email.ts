'use server';

import { formRefusalOf } from '@fidele/api';
import { redirect } from 'next/navigation';
import { serverCaller } from '../server-caller.ts';

/** The confirmation page's button: the new address becomes hers, then the page says so or why not. */
export const confirmEmail = async (token: string): Promise<void> => {
  let outcome: string;
  try {
    await (await serverCaller()).profile.confirmEmail({ token });
    outcome = 'done=1';
  } catch (error) {
    const refusal = formRefusalOf(error, {
      email_change_link_invalid: 'invalid',
      email_taken: 'taken',
      invalid_request: 'invalid',
    });
    outcome = `error=${refusal.error}`;
  }
  redirect(
    `/confirm-email?${outcome}${outcome === 'done=1' ? '' : `&token=${encodeURIComponent(token)}`}`,
  );
};
