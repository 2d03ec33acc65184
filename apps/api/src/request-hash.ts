import { createHash } from 'node:crypto';

/** JSON with sorted keys, so the same request body always hashes the same. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** What a retry must repeat for its idempotency key to replay: method, path (no query) and body. */
export const requestHash = (method: string, url: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method} ${url.split('?')[0]} ${canonicalJson(body)}`)
    .digest('hex');
