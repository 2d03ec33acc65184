import type { ClaimedDelivery } from './delivery-queue.ts';
import { signatureHeader } from './signing.ts';

/** What an attempt sent and got back, as the admin shows it. */
export type AttemptResult = {
  ok: boolean;
  startedAt: Date;
  durationMs: number;
  requestHeaders: Record<string, string>;
  requestBody: string;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
};

/** Response bodies are kept up to this many bytes. */
export const RESPONSE_BODY_LIMIT = 4096;

// PostgreSQL text cannot hold NUL.
const storable = (text: string) => text.replaceAll('\u0000', '');

const readAtMost = async (response: Response, limit: number): Promise<string> => {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await reader.cancel().catch(() => undefined);
  return storable(Buffer.concat(chunks).subarray(0, limit).toString('utf8'));
};

/**
 * POSTs a claimed delivery, signed now under its event's id (the same `webhook-id` on every
 * attempt, so the receiver can tell a retry from a new event). A 2xx answer within `timeoutMs`
 * is a success; anything else, redirects included, is a failure to retry.
 */
export const postDelivery = async (
  delivery: ClaimedDelivery,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<AttemptResult> => {
  const startedAt = new Date();
  const timestamp = Math.floor(startedAt.getTime() / 1000);
  const requestHeaders = {
    'content-type': 'application/json',
    'user-agent': 'Fidele-Webhooks/1',
    'webhook-id': delivery.eventId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(delivery.secrets, {
      id: delivery.eventId,
      timestamp,
      body: delivery.body,
    }),
  };
  const ended = (
    rest: Pick<AttemptResult, 'ok' | 'responseStatus' | 'responseBody' | 'error'>,
  ) => ({
    ...rest,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
    // The signature is kept too: it is only valid for this body and this timestamp.
    requestHeaders,
    requestBody: delivery.body,
  });
  try {
    const response = await fetchImpl(delivery.url, {
      method: 'POST',
      headers: requestHeaders,
      body: delivery.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const responseBody = await readAtMost(response, RESPONSE_BODY_LIMIT);
    return ended({
      ok: response.status >= 200 && response.status < 300,
      responseStatus: response.status,
      responseBody,
      error: null,
    });
  } catch (error) {
    const cause =
      error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : undefined;
    const reason =
      cause?.name === 'TimeoutError'
        ? `No answer within ${timeoutMs} ms`
        : (cause?.message ?? String(error));
    return ended({
      ok: false,
      responseStatus: null,
      responseBody: null,
      error: storable(reason).slice(0, 1000),
    });
  }
};
