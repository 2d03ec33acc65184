import type { NextRequest } from 'next/server';

export const TEST_SECRET = 'a-test-secret-of-32-characters!!';

type Handlers = {
  GET: (request: NextRequest) => Promise<Response>;
  POST: (request: NextRequest) => Promise<Response>;
};

type App = { handlers: Handlers; url: string };

/**
 * Posts one of next-auth's forms the way a browser does (CSRF cookie and token), from client
 * address `ip`; returns where next-auth sends the browser: its path and `error`/`code`.
 */
export const postAuthForm = async (
  { handlers, url }: App,
  action: string,
  form: Record<string, string>,
  ip: string,
) => {
  const csrf = await handlers.GET(new Request(`${url}/api/auth/csrf`) as NextRequest);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await handlers.POST(
    new Request(`${url}/api/auth/${action}`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': ip,
      },
      body: new URLSearchParams({ ...form, csrfToken, callbackUrl: `${url}/` }),
    }) as NextRequest,
  );
  const location = new URL(response.headers.get('location') ?? '', url);
  return {
    path: location.pathname,
    error: location.searchParams.get('error'),
    code: location.searchParams.get('code'),
  };
};

/** A password sign-in attempt: next-auth's `error` and `code` (both null when it worked). */
export const passwordAttempt = async (
  app: App,
  form: { email: string; password: string },
  ip: string,
) => {
  const { error, code } = await postAuthForm(app, 'callback/credentials', form, ip);
  return { error, code };
};
