export { createMailer } from './mailer.ts';
export type { Email, Mailer, MailerOptions } from './mailer.ts';
export { magicLinkEmail } from './templates/magic-link.ts';
export type { MagicLinkInput, MagicLinkLocale } from './templates/magic-link.ts';
export { accountExistsEmail } from './templates/account-exists.ts';
export type { AccountExistsInput } from './templates/account-exists.ts';
