import { createStaffAuth } from '@fidele/auth';
import { getDb } from '@fidele/db';
import { env } from './env.ts';

export const { handlers, signIn, signOut, currentStaff } = createStaffAuth(() => ({
  db: getDb(),
  secret: env().AUTH_SECRET,
  url: env().ADMIN_URL,
}));
