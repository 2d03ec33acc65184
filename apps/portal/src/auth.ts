import { createCustomerAuth } from '@fidele/auth/customer-auth';
import { getDb } from '@fidele/db';
import { env } from './env.ts';

export const { handlers, auth, signIn, signOut, signedIn, signedInId } = createCustomerAuth(() => {
  const { AUTH_SECRET, PORTAL_URL, SMTP_URL, MAIL_FROM } = env();
  return {
    db: getDb(),
    secret: AUTH_SECRET,
    url: PORTAL_URL,
    smtpUrl: SMTP_URL,
    mailFrom: MAIL_FROM,
  };
});
