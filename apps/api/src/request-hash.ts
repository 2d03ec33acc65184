import { createHash } from 'node:crypto';

/**
 * JSON with sorted keys, so the same request body always hashes the same; undefined for a body
 * nested deeper than the serialiser's stack allows (no request of the contract comes close).
 */
const canonicalJsonOf = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    );
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
};

/**
 * What a retry must repeat for its idempotency key to replay: method, path (no query) and body;
 * undefined when the body cannot be serialised (the caller refuses it).
 */
export const requestHash = (method: string, url: string, body: unknown): string | undefined => {
  const canonical = canonicalJsonOf(body);
  return canonical === undefined
    ? undefined
    : createHash('sha256')
        .update(`${method} ${url.split('?')[0]} ${canonical}`)
        .digest('hex');
};
