'use server';

import { signOut } from '../auth.ts';

export const signOutAndLeave = async (): Promise<void> => {
  await signOut({ redirectTo: '/sign-in' });
};
