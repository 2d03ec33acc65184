import { smsLength } from '../sms/segments.ts';
import type { InvitationData } from './event-data.ts';
import { type MessageLinks, renderEmailMessage, renderSmsMessage } from './render-message.tsx';

/** An event as the admin holds it: what its invitations say. */
export type PreviewedEvent = Omit<InvitationData, 'invitationId' | 'code' | 'shop'> & {
  shop: { name: string; city: string | null } | null;
};

/**
 * The invitation an event's customers will receive, by email and by SMS, for a sample customer:
 * the email as it will look (its QR inline) and the SMS with the number of SMS it takes.
 */
export const previewInvitation = async (
  event: PreviewedEvent,
  locale: 'en' | 'fr',
  links: MessageLinks,
) => {
  const message = {
    kind: 'INVITATION' as const,
    marketing: true,
    to: 'camille@example.com',
    locale,
    firstName: 'Camille',
    data: {
      ...event,
      invitationId: '00000000-0000-4000-8000-000000000000',
      code: 'INV-SAMPLE000000',
    },
  };
  const email = await renderEmailMessage(
    { ...message, channel: 'EMAIL' },
    { ...links, unsubscribeToken: () => 'preview' },
    { inlineImages: true, messageId: 'preview' },
  );
  const sms = renderSmsMessage({ ...message, channel: 'SMS', to: '+33612345678' }, links);
  return {
    email: { subject: email.subject, html: email.html },
    sms: { text: sms, ...smsLength(sms) },
  };
};
