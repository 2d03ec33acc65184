export { createMailer } from './mailer.ts';
export type { Email, Mailer, MailerOptions } from './mailer.ts';
export type { EmailLocale } from './templates/link-email.ts';
export { magicLinkEmail } from './templates/magic-link.ts';
export type { MagicLinkInput, MagicLinkLocale } from './templates/magic-link.ts';
export { accountExistsEmail } from './templates/account-exists.ts';
export type { AccountExistsInput } from './templates/account-exists.ts';
export { emailChangeEmail } from './templates/email-change.ts';
export { passwordResetEmail } from './templates/password-reset.ts';
export type { PasswordLinkEmailInput } from './templates/password-reset.ts';
export { staffInvitationEmail } from './templates/staff-invitation.ts';
export { webhookEndpointDisabledEmail } from './templates/webhook-endpoint-disabled.ts';
export { smsLength } from './sms/segments.ts';
export type { SmsLength } from './sms/segments.ts';
export {
  developmentSmsProvider,
  smsProviderFromEnv,
  twilioSmsProvider,
} from './sms/sms-provider.ts';
export type { SmsProvider, SmsToSend } from './sms/sms-provider.ts';
export { renderEmailMessage, renderSmsMessage } from './outbox/render-message.tsx';
export type { MessageLinks, OutgoingMessage } from './outbox/render-message.tsx';
export { createMessageSender } from './outbox/message-sender.ts';
export type { MessageSender } from './outbox/message-sender.ts';
export { previewInvitation, previewMessage } from './outbox/message-preview.ts';
export type { PreviewedEvent } from './outbox/message-preview.ts';
export { DEFAULT_WORDS } from './outbox/automation-words.ts';
export type { MessageWords } from './outbox/automation-words.ts';
export { isTwilioSignatureValid, twilioSignature } from './sms/twilio-signature.ts';
