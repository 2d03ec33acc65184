/** @jsxRuntime automatic */
import { render, toPlainText } from '@react-email/render';
import type { AutomationKind, AutomationTextField } from '@fidele/validators';
import QRCode from 'qrcode';
import type { Email } from '../mailer.ts';
import { escapeHtml } from '../templates/escape-html.ts';
import { type MessageWords, wordsOf } from './automation-words.ts';
import { gsmSafe, messageLocale, type MessageLocale } from './event-data.ts';
import { KINDS_WITH_CODE, MessageEmail, SMS_STOP } from './message-email.tsx';
import { fillPlaceholders, messageValues } from './message-values.ts';

/** A message of the outbox, as the sending job took it. */
export type OutgoingMessage = {
  channel: 'EMAIL' | 'SMS';
  kind: AutomationKind;
  marketing: boolean;
  data: unknown;
  to: string;
  locale: string;
  firstName: string;
  /** The automation's own words, where the brand wrote them; the default wording elsewhere. */
  words?: Partial<Record<AutomationTextField, string | null>> | null;
};

/**
 * Where the messages' links lead: the portal; a marketing message's unsubscribe link and an
 * email's tracked links, each made from the message's id by whoever holds the secret that
 * signs them.
 */
export type MessageLinks = {
  portalUrl: string;
  unsubscribeToken?: (messageId: string) => string;
  trackingToken?: (messageId: string) => string;
};

/** A marketing email's unsubscribe links: the page a person opens, and the one-click POST. */
export const unsubscribeUrls = (links: MessageLinks, messageId: string) => {
  if (!links.unsubscribeToken) return undefined;
  const token = encodeURIComponent(links.unsubscribeToken(messageId));
  return {
    page: new URL(`/unsubscribe/${token}`, links.portalUrl).toString(),
    oneClick: new URL(`/api/unsubscribe/${token}`, links.portalUrl).toString(),
  };
};

/**
 * An email's tracked links: its image (opened) and its button (clicked), through the portal,
 * which records them and sends the reader on to the page.
 */
const trackingUrls = (links: MessageLinks, messageId: string, page: string) => {
  if (!links.trackingToken) return undefined;
  const base = `/api/messages/${encodeURIComponent(links.trackingToken(messageId))}`;
  return {
    open: new URL(`${base}/open`, links.portalUrl).toString(),
    click: new URL(`${base}/click?to=${encodeURIComponent(page)}`, links.portalUrl).toString(),
  };
};

const QR_CID = 'message-qr@fidele';
const LAYOUTS_KEPT = 64;
const layouts = new Map<string, Promise<{ html: string; text: string }>>();

/**
 * An email rendered once for all who receive the same words (React rendering costs
 * milliseconds, a send of 10,000 invitations would spend most of its time there): the layout
 * keeps its `{placeholders}`, which each customer's values then fill.
 */
const layoutOf = (props: {
  kind: AutomationKind;
  locale: MessageLocale;
  words: MessageWords;
  marketing: boolean;
  present: string[];
}) => {
  const key = JSON.stringify(props);
  let layout = layouts.get(key);
  if (!layout) {
    layout = render(<MessageEmail {...props} present={new Set(props.present)} />).then((html) => ({
      html,
      text: toPlainText(html),
    }));
    if (layouts.size >= LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
    layouts.set(key, layout);
  }
  return layout;
};

// In HTML, a value's own line breaks are kept (an event's text, a tier's benefits).
const htmlValue = (value: string) => escapeHtml(value).replaceAll('\n', '<br />');

/**
 * The email of a message, HTML and text. Sent, its QR is an attachment the HTML names by `cid:`
 * and its links are tracked; in a preview (`inlineImages`) the QR is a data URL, which a browser
 * shows as it is, and links lead straight to the portal. A marketing email carries its
 * unsubscribe link, visible in its footer and as the one-click `List-Unsubscribe` of RFC 8058.
 */
export const renderEmailMessage = async (
  message: OutgoingMessage,
  links: MessageLinks,
  { inlineImages = false, messageId }: { inlineImages?: boolean; messageId?: string } = {},
): Promise<Email> => {
  const locale = messageLocale(message.locale);
  const values = messageValues(
    message.kind,
    message.data,
    locale,
    message.firstName,
    links.portalUrl,
  );
  const unsubscribe =
    message.marketing && messageId ? unsubscribeUrls(links, messageId) : undefined;
  const tracking =
    messageId && !inlineImages ? trackingUrls(links, messageId, values.page) : undefined;
  // Empty for a contest's prize of points: no code, no QR.
  const code = KINDS_WITH_CODE.includes(message.kind) ? values.long.code : undefined;
  // Whole pixels per module: crisp, and cheap to encode (no resampling).
  const qr = code ? await QRCode.toBuffer(code, { margin: 1, scale: 8 }) : undefined;
  const filled: Record<string, string> = {
    ...values.long,
    buttonUrl: tracking?.click ?? values.long.link!,
    qrSrc: qr
      ? inlineImages
        ? `data:image/png;base64,${qr.toString('base64')}`
        : `cid:${QR_CID}`
      : '',
    unsubscribeUrl: unsubscribe?.page ?? '',
    openPixel: tracking?.open ?? '',
  };
  const words = wordsOf(message.kind, locale, message.words);
  const layout = await layoutOf({
    kind: message.kind,
    locale,
    words,
    marketing: message.marketing,
    present: Object.keys(filled)
      .filter((name) => filled[name])
      .sort(),
  });
  return {
    to: message.to,
    subject: fillPlaceholders(words.subject, values.long),
    html: fillPlaceholders(layout.html, filled, htmlValue),
    text: fillPlaceholders(layout.text, filled),
    headers: unsubscribe
      ? {
          'List-Unsubscribe': `<${unsubscribe.oneClick}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {},
    attachments:
      qr && !inlineImages
        ? [
            {
              filename: `${code}.png`,
              content: qr,
              cid: QR_CID,
              contentType: 'image/png',
            },
          ]
        : [],
  };
};

/**
 * The text of a message sent by SMS, in the GSM alphabet where a look-alike exists (see
 * `gsmSafe`); a marketing one ends with how to stop them.
 */
export const renderSmsMessage = (message: OutgoingMessage, links: MessageLinks): string => {
  const locale = messageLocale(message.locale);
  const { short } = messageValues(
    message.kind,
    message.data,
    locale,
    message.firstName,
    links.portalUrl,
  );
  const body = gsmSafe(fillPlaceholders(wordsOf(message.kind, locale, message.words).sms, short));
  return message.marketing ? `${body} ${SMS_STOP[locale]}` : body;
};
