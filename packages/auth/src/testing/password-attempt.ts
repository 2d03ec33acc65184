import type { NextRequest } from 'next/server';

export const TEST_SECRET = 'a-test-secret-of-32-characters!!';

type Handlers = {
  GET: (request: NextRequest) => Promise<Response>;
  POST: (request: NextRequest) => Promise<Response>;
};

/**
 * Posts an app's credentials form the way a browser does (CSRF cookie and token), from client
 * address `ip`; returns the `error` and `code` of the page next-auth redirects to.
 */
export const passwordAttempt = async (
  { handlers, url }: { handlers: Handlers; url: string },
  form: { email: string; password: string },
  ip: string,
) => {
  const csrf = await handlers.GET(new Request(`${url}/api/auth/csrf`) as NextRequest);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await handlers.POST(
    new Request(`${url}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': ip,
      },
      body: new URLSearchParams({ ...form, csrfToken }),
    }) as NextRequest,
  );
  const location = new URL(response.headers.get('location') ?? '', url);
  return { error: location.searchParams.get('error'), code: location.searchParams.get('code') };
};
