import type { NextRequest } from 'next/server';

type Handlers = {
  GET: (request: NextRequest) => Promise<Response>;
  POST: (request: NextRequest) => Promise<Response>;
};

/**
 * A browser of one app for tests: it calls the app's next-auth handlers as Next would (sign in
 * with a password, read the session, sign out) and keeps the cookies they set.
 */
export const authClient = (handlers: Handlers, url: string) => {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const call = async (method: 'GET' | 'POST', path: string, form?: Record<string, string>) =>
    keep(
      await handlers[method](
        new Request(new URL(`/api/auth/${path}`, url), {
          method,
          headers: {
            cookie: cookie(),
            ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
          body: form ? new URLSearchParams(form) : undefined,
        }) as NextRequest,
      ),
    );
  const csrfToken = async () =>
    ((await (await call('GET', 'csrf')).json()) as { csrfToken: string }).csrfToken;
  return {
    signIn: async (provider: string, credentials: Record<string, string>) =>
      call('POST', `callback/${provider}`, { ...credentials, csrfToken: await csrfToken() }),
    /** The session as the server reads it now; null when signed out. */
    session: async () =>
      (await (await call('GET', 'session')).json()) as Record<string, unknown> | null,
    signOut: async () => call('POST', 'signout', { csrfToken: await csrfToken() }),
    /** The cookies as they are, to replay them later from another "browser". */
    cookies: () => new Map(jar),
    restore: (cookies: Map<string, string>) => {
      jar.clear();
      for (const [name, value] of cookies) jar.set(name, value);
    },
  };
};
