import { MAGIC_LINK_PROVIDER } from '@fidele/auth/customer-auth';
import type { EnrolmentMail } from '@fidele/core/customers';
import { isLocale } from '@fidele/i18n';
import { accountExistsEmail, createMailer } from '@fidele/messaging';
import { signIn } from './auth.ts';
import { env } from './env.ts';

/** How a sign-up ends, by email: the page says the same to everyone. */
export const enrolmentMail = (): EnrolmentMail => {
  const { SMTP_URL, MAIL_FROM, PORTAL_URL } = env();
  const mailer = createMailer({ smtpUrl: SMTP_URL, from: MAIL_FROM });
  return {
    // The welcome is a sign-in link: one tap opens the new account, and proves the address.
    welcome: async ({ email }) => {
      await signIn(MAGIC_LINK_PROVIDER, { email, redirectTo: '/', redirect: false });
    },
    alreadyMember: ({ email, firstName, locale }) =>
      mailer.send(
        accountExistsEmail({
          to: email,
          firstName,
          locale: isLocale(locale) ? locale : 'en',
          signInUrl: new URL('/sign-in', PORTAL_URL).toString(),
        }),
      ),
  };
};
