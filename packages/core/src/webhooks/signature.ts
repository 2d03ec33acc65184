import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header an e-shop signs each delivery with: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'Fidele-Signature';

/** Hex HMAC-SHA256 of `${timestamp}.${rawBody}`: the timestamp is signed so an old delivery cannot be replayed later. */
export const signatureFor = (secret: string, timestamp: number, rawBody: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');

/** The header value for a body signed now, as an e-shop (or a test) sends it. */
export const signatureHeaderFor = (secret: string, timestamp: number, rawBody: string): string =>
  `t=${timestamp},v1=${signatureFor(secret, timestamp, rawBody)}`;

const parseHeader = (header: string) => {
  const fields = new Map<string, string[]>();
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    fields.set(name, [...(fields.get(name) ?? []), part.slice(separator + 1).trim()]);
  }
  const timestamp = fields.get('t')?.[0];
  return {
    timestamp: timestamp && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : undefined,
    // Several v1 values are allowed so a shop can sign with the old and the new secret while rotating.
    signatures: (fields.get('v1') ?? []).filter((value) => /^[0-9a-f]{64}$/i.test(value)),
  };
};

/**
 * Whether `header` signs `rawBody` with `secret` within `toleranceSeconds` of `now` (seconds) in
 * either direction. Comparison is constant-time, so the signature cannot be guessed byte by byte.
 */
export const verifySignature = ({
  secret,
  header,
  rawBody,
  now,
  toleranceSeconds = 300,
}: {
  secret: string;
  header: string | undefined;
  rawBody: string;
  now: number;
  toleranceSeconds?: number;
}): boolean => {
  if (!header) return false;
  const { timestamp, signatures } = parseHeader(header);
  if (timestamp === undefined || Math.abs(now - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureFor(secret, timestamp, rawBody), 'hex');
  return signatures.some((signature) =>
    timingSafeEqual(expected, Buffer.from(signature.toLowerCase(), 'hex')),
  );
};
