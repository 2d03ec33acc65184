import type { MailContext } from '@fidele/api';
import { createMailer, type Mailer } from '@fidele/messaging';
import { env } from './env.ts';

let mailer: Mailer | undefined;

/** How the admin's procedures send invitations and password links, which open the admin. */
export const mailContext = (): MailContext => ({
  mailer: (mailer ??= createMailer({ smtpUrl: env().SMTP_URL, from: env().MAIL_FROM })),
  appUrl: env().ADMIN_URL,
});
