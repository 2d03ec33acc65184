export { createMailer } from './mailer.ts';
export type { Email, Mailer, MailerOptions } from './mailer.ts';
export type { EmailLocale } from './templates/link-email.ts';
export { magicLinkEmail } from './templates/magic-link.ts';
export type { MagicLinkInput, MagicLinkLocale } from './templates/magic-link.ts';
export { passwordResetEmail } from './templates/password-reset.ts';
export type { PasswordLinkEmailInput } from './templates/password-reset.ts';
export { staffInvitationEmail } from './templates/staff-invitation.ts';
