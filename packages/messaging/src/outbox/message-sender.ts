import type { Mailer } from '../mailer.ts';
import type { SmsProvider } from '../sms/sms-provider.ts';
import {
  type MessageLinks,
  type OutgoingMessage,
  renderEmailMessage,
  renderSmsMessage,
} from './render-message.tsx';

export type MessageSender = {
  /**
   * Renders and sends one outbox message on its channel, under its id (the email's Message-ID,
   * the SMS's reference). Returns where it went and what it said, for the message's record.
   */
  send: (
    messageId: string,
    message: OutgoingMessage,
  ) => Promise<{ sentTo: string; summary: string; alreadySent: boolean; delivered: boolean }>;
};

export const createMessageSender = ({
  mailer,
  sms,
  links,
  messageIdDomain,
}: {
  mailer: Mailer;
  sms: SmsProvider;
  links: MessageLinks;
  /** The right-hand side of Message-IDs, e.g. the sending domain. */
  messageIdDomain: string;
}): MessageSender => ({
  send: async (messageId, message) => {
    if (message.channel === 'SMS') {
      const body = renderSmsMessage(message, links);
      const { alreadySent, delivered } = await sms.send({ messageId, to: message.to, body });
      return { sentTo: message.to, summary: body, alreadySent, delivered };
    }
    const email = await renderEmailMessage(message, links, { messageId });
    await mailer.send({ ...email, messageId: `<${messageId}@${messageIdDomain}>` });
    // An SMTP server's acceptance is not a delivery: an email's stays unknown.
    return { sentTo: message.to, summary: email.subject, alreadySent: false, delivered: false };
  },
});
