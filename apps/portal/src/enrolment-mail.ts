import { MAGIC_LINK_PROVIDER } from '@fidele/auth/customer-auth';
import type { EnrolmentMail, EnrolmentRecipient } from '@fidele/core/customers';
import { isLocale } from '@fidele/i18n';
import { accountExistsEmail, createMailer } from '@fidele/messaging';
import { signIn } from './auth.ts';
import { env } from './env.ts';

/**
 * Never fails the sign-up: an email that cannot leave (SMTP, the sign-in link's own limit) is
 * logged, and the page says "check your inbox" either way. A refusal for one kind only would
 * tell who has an account.
 */
const quietly =
  (send: (to: EnrolmentRecipient) => Promise<unknown>) => async (to: EnrolmentRecipient) => {
    try {
      await send(to);
    } catch (error) {
      console.error('Sign-up email not sent', error);
    }
  };

/** How a sign-up ends, by email: the page says the same to everyone. */
export const enrolmentMail = (): EnrolmentMail => {
  const { SMTP_URL, MAIL_FROM, PORTAL_URL } = env();
  const mailer = createMailer({ smtpUrl: SMTP_URL, from: MAIL_FROM });
  return {
    // The welcome is a sign-in link: one tap opens the new account, and proves the address.
    welcome: quietly(({ email, opens }) =>
      signIn(MAGIC_LINK_PROVIDER, { email, redirectTo: opens ?? '/', redirect: false }),
    ),
    alreadyMember: quietly(async ({ email, firstName, locale }) =>
      mailer.send(
        await accountExistsEmail({
          to: email,
          firstName,
          locale: isLocale(locale) ? locale : 'en',
          signInUrl: new URL('/sign-in', PORTAL_URL).toString(),
        }),
      ),
    ),
  };
};
