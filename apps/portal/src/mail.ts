import type { MailContext } from '@fidele/api';
import { createMailer, type Mailer } from '@fidele/messaging';
import { env } from './env.ts';

let mailer: Mailer | undefined;

/** How the portal's procedures send password links, which open the portal. */
export const mailContext = (): MailContext => ({
  mailer: (mailer ??= createMailer({ smtpUrl: env().SMTP_URL, from: env().MAIL_FROM })),
  appUrl: env().PORTAL_URL,
});
