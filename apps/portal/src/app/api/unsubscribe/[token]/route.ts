import { errorCatalogue, isAppError } from '@fidele/core';
import { isRateLimitedError } from '@fidele/core/rate-limits';
import { TRPCError } from '@trpc/server';
import { serverCaller } from '../../../../server-caller.ts';

type Params = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` to the URL
 * of the email's `List-Unsubscribe` header, and the consent is withdrawn at once. Answers in
 * plain text; a person who opens the URL is sent to the page that asks first.
 */
export const POST = async (_: Request, { params }: Params) => {
  const { token } = await params;
  try {
    await (await serverCaller()).unsubscribe.confirm({ token });
    return new Response('Unsubscribed.\n', { headers: { 'content-type': 'text/plain' } });
  } catch (error) {
    const cause = error instanceof TRPCError ? error.cause : error;
    if (isRateLimitedError(cause))
      return new Response('Too many requests.\n', {
        status: 429,
        headers: { 'retry-after': String(cause.retryAfterSeconds) },
      });
    if (isAppError(cause) || (error instanceof TRPCError && error.code === 'BAD_REQUEST'))
      return new Response(`${errorCatalogue.unsubscribe_link_invalid.message}\n`, {
        status: 404,
        headers: { 'content-type': 'text/plain' },
      });
    throw error;
  }
};

export const GET = async (request: Request, { params }: Params) =>
  Response.redirect(
    new URL(`/unsubscribe/${encodeURIComponent((await params).token)}`, request.url),
    303,
  );
