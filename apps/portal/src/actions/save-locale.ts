'use server';

import type { Locale } from '@fidele/i18n';
import { signedIn } from '../auth.ts';
import { serverCaller } from '../server-caller.ts';

/**
 * Keeps the language a signed-in member chose on her account, for her emails. A Server Action
 * rather than the tRPC client, so that the pages with a language switch but no tRPC queries (the
 * public ones) do not load it.
 */
export const saveLocale = async (locale: Locale): Promise<void> => {
  const customer = await signedIn();
  if (!customer) return;
  try {
    await (await serverCaller(customer)).setLocale({ locale });
  } catch (error) {
    // The cookie already holds the choice for this browser: only the emails' language is lost.
    console.error('Saving the language failed', error);
  }
};
