import { type ErrorCode, type ErrorStatus, errorCatalogue } from '@fidele/core';

/** What any request can answer: a refused input or URL, our own failure, a database away. */
export const EVERY_REQUEST: ErrorCode[] = [
  'invalid_request',
  'url_too_long',
  'internal_error',
  'service_unavailable',
];
/** What any request with an API key can answer. */
export const WITH_A_KEY: ErrorCode[] = ['unauthorized', 'forbidden', 'rate_limited'];
/** What any POST can answer about its body. */
export const EVERY_POST: ErrorCode[] = ['body_too_large'];
/** What a POST whose answer is kept under its Idempotency-Key can answer about the key. */
export const WITH_IDEMPOTENCY: ErrorCode[] = ['idempotency_key_in_use', 'idempotency_key_reused'];

/** The header of an answer stored under an Idempotency-Key (or a webhook event id), sent again. */
export const REPLAYED = {
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with this key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before retrying (with the same Idempotency-Key for a POST).',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
};

/** The body of every error, `{ error: { code, message } }`, with the codes this status carries. */
export const errorSchema = (codes: readonly ErrorCode[]) => ({
  type: 'object',
  description: 'An error: nothing was changed.',
  properties: {
    error: {
      type: 'object',
      description: 'What went wrong.',
      properties: {
        code: {
          type: 'string',
          enum: [...codes],
          description: 'Stable snake_case code to match on (see the code table of the contract).',
        },
        message: {
          type: 'string',
          description: 'Human text in English, naming the field at fault for invalid input.',
        },
      },
      required: ['code', 'message'],
      additionalProperties: false,
    },
  },
  required: ['error'],
  additionalProperties: false,
});

/** An operation's error responses, one per status, each listing its codes from the catalogue. */
export const errorResponses = (codes: readonly ErrorCode[]) => {
  const byStatus = new Map<ErrorStatus, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const { status } = errorCatalogue[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, listed]) => [
        String(status),
        {
          description: listed
            .map((code) => `\`${code}\`: ${errorCatalogue[code].message}`)
            .join('  \n'),
          ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
          content: { 'application/json': { schema: errorSchema(listed) } },
        },
      ]),
  );
};
