import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signatures: the key is the base64 after
 * `whsec_`; each delivery signs `${webhook-id}.${webhook-timestamp}.${body}` with HMAC-SHA256.
 */

const PREFIX = 'whsec_';

/** A new endpoint secret: `whsec_` and 32 random bytes in base64, as the scheme's libraries expect. */
export const generateEndpointSecret = (): string =>
  `${PREFIX}${randomBytes(32).toString('base64')}`;

const keyOf = (secret: string): Buffer =>
  Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');

/** The base64 signature of one delivery with one secret. */
export const signDelivery = (
  secret: string,
  { id, timestamp, body }: { id: string; timestamp: number; body: string },
): string =>
  createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');

/**
 * The `webhook-signature` header: `v1,<signature>` for each secret, space-separated, so a receiver
 * holding either the new or the old secret accepts the delivery while a rotation overlaps.
 */
export const signatureHeader = (
  secrets: readonly string[],
  delivery: { id: string; timestamp: number; body: string },
): string => secrets.map((secret) => `v1,${signDelivery(secret, delivery)}`).join(' ');

/**
 * What a receiver checks (docs/webhooks.md shows the same in a few lines): one of the header's
 * `v1` signatures is this secret's, compared in constant time, and the timestamp is within
 * `toleranceSeconds` of `now` (seconds), so an old delivery cannot be replayed later.
 */
export const verifyDelivery = ({
  secret,
  headers,
  body,
  now,
  toleranceSeconds = 300,
}: {
  secret: string;
  headers: { id?: string; timestamp?: string; signature?: string };
  body: string;
  now: number;
  toleranceSeconds?: number;
}): boolean => {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(
    signDelivery(secret, { id, timestamp: Number(timestamp), body }),
    'base64',
  );
  return signature.split(' ').some((part) => {
    const [version, value] = part.split(',');
    const given = Buffer.from(value ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
};
