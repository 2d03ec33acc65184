import { createStaffAuth } from '@fidele/auth';
import { getDb } from '@fidele/db';
import { cache } from 'react';
import { env } from './env.ts';

const staffAuth = createStaffAuth(() => ({
  db: getDb(),
  secret: env().AUTH_SECRET,
  url: env().ADMIN_URL,
}));

export const { handlers, signIn, signOut } = staffAuth;

/** The signed-in staff member, read once per render however many components ask. */
export const currentStaff = cache(staffAuth.currentStaff);
