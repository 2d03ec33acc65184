import { createHmac, timingSafeEqual } from 'node:crypto';

// An unsubscribe link names its message and carries a signature of it: nobody can forge one for
// another message, and the link needs no sign-in.
const sign = (messageId: string, secret: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${messageId}`).digest('base64url');

export const unsubscribeToken = (messageId: string, secret: string) =>
  `${messageId}.${sign(messageId, secret)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The message a token names, or null when it is malformed or its signature is wrong. */
export const messageOfUnsubscribeToken = (token: string, secret: string): string | null => {
  const [messageId, signature, ...rest] = token.split('.');
  if (!messageId || !signature || rest.length || !UUID.test(messageId)) return null;
  const expected = Buffer.from(sign(messageId, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? messageId : null;
};
