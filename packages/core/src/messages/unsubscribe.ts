import type { Db, MessageChannel, Tx } from '@fidele/db';
import { setConsents } from '../customers/consents.ts';
import { AppError } from '../errors.ts';
import { messageOfLinkToken } from './message-link-token.ts';

const invalid = () => new AppError('unsubscribe_link_invalid');

export type UnsubscribeLink = {
  channel: MessageChannel;
  /** The link was used before: nothing changes again, even if consent was given since. */
  used: boolean;
  /** Whether the customer still agrees to messages on the channel. */
  consenting: boolean;
};

const messageOf = async (db: Db | Tx, token: string, secret: string) => {
  const messageId = messageOfLinkToken('unsubscribe', token, secret);
  const message =
    messageId &&
    (await db.message.findUnique({
      where: { id: messageId },
      select: {
        id: true,
        channel: true,
        marketing: true,
        unsubscribedAt: true,
        customerId: true,
        customer: { select: { emailConsentAt: true, smsConsentAt: true } },
      },
    }));
  if (!message || !message.marketing) throw invalid();
  return message;
};

const consentingOn = (
  channel: MessageChannel,
  customer: { emailConsentAt: Date | null; smsConsentAt: Date | null },
) => (channel === 'EMAIL' ? customer.emailConsentAt : customer.smsConsentAt) !== null;

/** What an unsubscribe link would do, for the page that asks to confirm. */
export const readUnsubscribeLink = async (
  db: Db,
  token: string,
  secret: string,
): Promise<UnsubscribeLink> => {
  const message = await messageOf(db, token, secret);
  return {
    channel: message.channel,
    used: message.unsubscribedAt !== null,
    consenting: consentingOn(message.channel, message.customer),
  };
};

/**
 * One click on a marketing message's unsubscribe link: the customer's consent on its channel is
 * withdrawn at once (source EMAIL_LINK, kept in her history) and the link is spent, so a link
 * used again, or after she agreed again, changes nothing.
 */
export const unsubscribeWithLink = async (
  tx: Tx,
  input: { token: string; secret: string },
): Promise<UnsubscribeLink> => {
  const message = await messageOf(tx, input.token, input.secret);
  const spent = await tx.message.updateMany({
    where: { id: message.id, unsubscribedAt: null },
    data: { unsubscribedAt: new Date() },
  });
  if (!spent.count)
    return {
      channel: message.channel,
      used: true,
      consenting: consentingOn(message.channel, message.customer),
    };
  await setConsents(tx, {
    customerId: message.customerId,
    changes: message.channel === 'EMAIL' ? { email: false } : { sms: false },
    source: 'EMAIL_LINK',
  });
  return { channel: message.channel, used: false, consenting: false };
};
