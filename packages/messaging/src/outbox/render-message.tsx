/** @jsxRuntime automatic */
import { render, toPlainText } from '@react-email/render';
import QRCode from 'qrcode';
import type { Email } from '../mailer.ts';
import { escapeHtml } from '../templates/escape-html.ts';
import { invitationData, messageLocale } from './event-data.ts';
import {
  InvitationEmail,
  type InvitationMessageInput,
  type InvitationMessageKind,
  invitationSms,
  invitationSubject,
} from './invitation-messages.tsx';

/** A message of the outbox, as the sending job took it. */
export type OutgoingMessage = {
  channel: 'EMAIL' | 'SMS';
  kind: InvitationMessageKind;
  marketing: boolean;
  data: unknown;
  to: string;
  locale: string;
  firstName: string;
};

/**
 * Where the messages' links lead: the portal, and a marketing message's unsubscribe link, made
 * from the message's id by whoever holds the secret that signs it.
 */
export type MessageLinks = { portalUrl: string; unsubscribeToken?: (messageId: string) => string };

/** A marketing email's unsubscribe links: the page a person opens, and the one-click POST. */
export const unsubscribeUrls = (links: MessageLinks, messageId: string) => {
  if (!links.unsubscribeToken) return undefined;
  const token = encodeURIComponent(links.unsubscribeToken(messageId));
  return {
    page: new URL(`/unsubscribe/${token}`, links.portalUrl).toString(),
    oneClick: new URL(`/api/unsubscribe/${token}`, links.portalUrl).toString(),
  };
};

const QR_CID = 'invitation-qr@fidele';

const invitationInput = (
  message: OutgoingMessage,
  links: MessageLinks,
): InvitationMessageInput => ({
  kind: message.kind,
  data: invitationData.parse(message.data),
  locale: messageLocale(message.locale),
  firstName: message.firstName,
  marketing: message.marketing,
  invitationsUrl: new URL('/invitations', links.portalUrl).toString(),
});

/** Stand-ins for what differs from one customer to the next, replaced after rendering. */
const PERSONAL = {
  firstName: 'FIDELEFIRSTNAME7F3A',
  code: 'INV-FIDELECODE7F3A',
  unsubscribeUrl: 'https://fidele.invalid/FIDELEUNSUBSCRIBE7F3A',
};
const LAYOUTS_KEPT = 64;
const layouts = new Map<string, Promise<{ html: string; text: string }>>();

/**
 * An event's email rendered once for all its customers (React rendering costs milliseconds, a
 * send of 10,000 invitations would spend most of its time there); each customer's name and code
 * then take the stand-ins' places.
 */
const layoutOf = (input: InvitationMessageInput, qrSrc: string) => {
  const key = JSON.stringify([
    input.kind,
    input.locale,
    input.marketing,
    input.invitationsUrl,
    qrSrc,
    Boolean(input.unsubscribeUrl),
    { ...input.data, code: '', invitationId: '' },
  ]);
  let layout = layouts.get(key);
  if (!layout) {
    layout = render(
      <InvitationEmail
        input={{
          ...input,
          firstName: PERSONAL.firstName,
          data: { ...input.data, code: PERSONAL.code },
          unsubscribeUrl: input.unsubscribeUrl && PERSONAL.unsubscribeUrl,
        }}
        qrSrc={qrSrc}
      />,
    ).then((html) => ({ html, text: toPlainText(html) }));
    if (layouts.size >= LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
    layouts.set(key, layout);
  }
  return layout;
};

const personalise = (
  template: string,
  input: InvitationMessageInput,
  escape: (text: string) => string,
) =>
  template
    .replaceAll(PERSONAL.firstName, escape(input.firstName))
    .replaceAll(PERSONAL.code, escape(input.data.code))
    .replaceAll(PERSONAL.unsubscribeUrl, escape(input.unsubscribeUrl ?? ''));

/**
 * The email of a message, HTML and text. Sent, its QR is an attachment the HTML names by
 * `cid:`; in a preview (`inlineImages`) it is a data URL, which a browser shows as it is. A
 * marketing email carries its unsubscribe link, visible in its footer and as the one-click
 * `List-Unsubscribe` of RFC 8058.
 */
export const renderEmailMessage = async (
  message: OutgoingMessage,
  links: MessageLinks,
  { inlineImages = false, messageId }: { inlineImages?: boolean; messageId?: string } = {},
): Promise<Email> => {
  const unsubscribe =
    message.marketing && messageId ? unsubscribeUrls(links, messageId) : undefined;
  const input = { ...invitationInput(message, links), unsubscribeUrl: unsubscribe?.page };
  // Whole pixels per module: crisp, and cheap to encode (no resampling).
  const qr = await QRCode.toBuffer(input.data.code, { margin: 1, scale: 8 });
  const qrSrc = inlineImages ? `data:image/png;base64,${qr.toString('base64')}` : `cid:${QR_CID}`;
  const layout = await layoutOf(input, qrSrc);
  return {
    to: message.to,
    subject: invitationSubject(input),
    html: personalise(layout.html, input, escapeHtml),
    text: personalise(layout.text, input, (text) => text),
    headers: unsubscribe
      ? {
          'List-Unsubscribe': `<${unsubscribe.oneClick}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {},
    attachments: inlineImages
      ? []
      : [
          {
            filename: `${input.data.code}.png`,
            content: qr,
            cid: QR_CID,
            contentType: 'image/png',
          },
        ],
  };
};

/** The text of a message sent by SMS. */
export const renderSmsMessage = (message: OutgoingMessage, links: MessageLinks): string =>
  invitationSms(invitationInput(message, links));
