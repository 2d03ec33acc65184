'use server';

import { formRefusalOf } from '@fidele/api';
import { redirect } from 'next/navigation';
import { serverCaller } from '../server-caller.ts';

/** The unsubscribe page's button: withdraws the consent, then shows the page's answer. */
export const unsubscribe = async (token: string): Promise<void> => {
  try {
    await (await serverCaller()).unsubscribe.confirm({ token });
  } catch (error) {
    // The page reads the link again and says why it did nothing.
    formRefusalOf(error, { unsubscribe_link_invalid: 'invalid' });
    redirect(`/unsubscribe/${encodeURIComponent(token)}`);
  }
  redirect(`/unsubscribe/${encodeURIComponent(token)}?done=1`);
};
