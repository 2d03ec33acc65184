import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a message's link does: withdraw consent, or record that the email was read. */
export type MessageLinkPurpose = 'unsubscribe' | 'track';

// A link names its message and carries a signature of it and of what it is for: nobody can
// forge one for another message, a tracking link cannot unsubscribe, and none needs a sign-in.
const sign = (purpose: MessageLinkPurpose, messageId: string, secret: string) =>
  createHmac('sha256', secret).update(`${purpose}:${messageId}`).digest('base64url');

export const messageLinkToken = (purpose: MessageLinkPurpose, messageId: string, secret: string) =>
  `${messageId}.${sign(purpose, messageId, secret)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The message a token names, or null when it is malformed or signed for something else. */
export const messageOfLinkToken = (
  purpose: MessageLinkPurpose,
  token: string,
  secret: string,
): string | null => {
  const [messageId, signature, ...rest] = token.split('.');
  if (!messageId || !signature || rest.length || !UUID.test(messageId)) return null;
  const expected = Buffer.from(sign(purpose, messageId, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? messageId : null;
};
