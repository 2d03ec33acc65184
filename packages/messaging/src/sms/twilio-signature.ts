import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Twilio signs each webhook request: base64 HMAC-SHA1, keyed with the account's auth token, of
 * the URL it called followed by every form parameter as name then value, sorted by name.
 */
export const twilioSignature = (authToken: string, url: string, params: URLSearchParams) => {
  const names = [...new Set(params.keys())].sort();
  const signed =
    url +
    names
      .map((name) =>
        params
          .getAll(name)
          .map((v) => name + v)
          .join(''),
      )
      .join('');
  return createHmac('sha1', authToken).update(signed, 'utf8').digest('base64');
};

export const isTwilioSignatureValid = (input: {
  authToken: string;
  url: string;
  params: URLSearchParams;
  header: string | undefined;
}) => {
  if (!input.header) return false;
  const expected = Buffer.from(twilioSignature(input.authToken, input.url, input.params));
  const given = Buffer.from(input.header);
  return given.length === expected.length && timingSafeEqual(given, expected);
};
