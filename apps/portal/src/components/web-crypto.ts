// The browser's own hashes (WebCrypto), so what a page checks is not taken from the server's word.

const encoder = new TextEncoder();

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The SHA-256 of a text's UTF-8 bytes, in lower-case hex (as `sha256sum` prints it). */
export const sha256Hex = async (text: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));

/** HMAC-SHA256 of `message` keyed with a seed's text (as `openssl dgst -sha256 -hmac` does). */
export const seedHmac = async (seed: string) => {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(seed),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return async (message: string) =>
    new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
};
