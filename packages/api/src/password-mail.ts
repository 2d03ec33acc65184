import { AppError } from '@fidele/core';
import type { EmailConfirmation } from '@fidele/core/customers';
import type { PasswordLink } from '@fidele/core/passwords';
import {
  emailChangeEmail,
  type Mailer,
  passwordResetEmail,
  staffInvitationEmail,
} from '@fidele/messaging';

/** How an app sends email, and the public URL its links open. */
export type MailContext = { mailer: Mailer; appUrl: string };

/** The page of the portal and of the admin that opens a password link. */
export const SET_PASSWORD_PATH = '/set-password';

/** Emails a password link (reset or invitation) in its owner's language. */
export const sendPasswordLink = async (
  mail: MailContext | undefined,
  link: PasswordLink,
): Promise<void> => {
  if (!mail) throw new AppError('mail_unavailable');
  const url = new URL(SET_PASSWORD_PATH, mail.appUrl);
  url.searchParams.set('token', link.token);
  const template = link.purpose === 'INVITATION' ? staffInvitationEmail : passwordResetEmail;
  await mail.mailer.send(
    await template({
      to: link.to.email,
      url: url.toString(),
      locale: link.to.locale === 'fr' ? 'fr' : 'en',
      expires: link.expiresAt,
      name: link.to.name,
    }),
  );
};

/** The portal's page that confirms a new email address from its link. */
export const CONFIRM_EMAIL_PATH = '/confirm-email';

/**
 * The admin's way to email a customer: its mailer, with links that open the portal (where she
 * acts), not the admin.
 */
export const portalMail = (ctx: {
  mail?: MailContext;
  messageLinks?: { portalUrl: string };
}): MailContext | undefined =>
  ctx.mail && ctx.messageLinks && { ...ctx.mail, appUrl: ctx.messageLinks.portalUrl };

/** Emails a new address the link that confirms it (`mail`'s links open the portal). */
export const sendEmailConfirmation = async (
  mail: MailContext | undefined,
  confirmation: EmailConfirmation,
): Promise<void> => {
  if (!mail) throw new AppError('mail_unavailable');
  const url = new URL(CONFIRM_EMAIL_PATH, mail.appUrl);
  url.searchParams.set('token', confirmation.token);
  await mail.mailer.send(
    await emailChangeEmail({
      to: confirmation.to.email,
      url: url.toString(),
      locale: confirmation.to.locale === 'fr' ? 'fr' : 'en',
      expires: confirmation.expiresAt,
      name: confirmation.to.name,
    }),
  );
};
