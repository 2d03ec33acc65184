import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { NextRequest } from 'next/server';
import type { Adapter } from 'next-auth/adapters';
import type { Provider } from 'next-auth/providers';

/** Who a session belongs to: a portal session never opens the admin, and the reverse. */
export type Actor = 'customer' | 'staff';
export type AuthApp = 'portal' | 'admin';

declare module 'next-auth' {
  interface Session {
    actor: Actor;
    /** The server-side session the cookie names (see `SessionStore`). */
    sessionId: string;
    /** What the app's store read for this request (e.g. the staff role, from the database). */
    claims: Record<string, string>;
    user: { id: string; email?: string | null; name?: string | null };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    actor?: Actor;
    /** The id of the server-side session; a token without one is refused. */
    sid?: string;
    claims?: Record<string, string>;
  }
}

/**
 * Server-side sessions behind the JWT cookies: the cookie only names a session, and every request
 * reads it, so closing it (sign-out, password change, a disabled member) works at once.
 */
export type SessionStore = {
  /** At sign-in: opens the session the new cookie names and returns its id. */
  open: (userId: string, expiresAt: Date) => Promise<string>;
  /** On every request: the claims of the session, fresh; null signs the browser out. */
  read: (sessionId: string, userId: string) => Promise<Record<string, string> | null>;
  /** At sign-out. */
  close: (sessionId: string) => Promise<void>;
};

/** What an app decides at request time, from its validated env. */
export type AuthSetup = {
  secret: string;
  /** The app's public URL; `https:` turns on secure, host-only cookie names. */
  url: string;
  providers: Provider[];
  adapter?: Adapter;
  sessions: SessionStore;
  /** Return false to refuse a sign-in (e.g. a magic link used for an email with no customer). */
  allowSignIn?: NonNullable<NextAuthConfig['callbacks']>['signIn'];
  /** Session lifetime in seconds (default 30 days). */
  maxAge?: number;
};

export type CreateAuthOptions = {
  app: AuthApp;
  actor: Actor;
  /** The app's own pages (paths) for signing in and for "check your email". */
  pages: { signIn: string; verifyRequest?: string };
  /** Called on each request (lazily, so a build needs no secrets). */
  setup: () => AuthSetup;
};

// Refused sign-ins are answers to the user, not faults of the server: keep them out of error logs.
const EXPECTED_ERRORS = new Set(['CredentialsSignin', 'AccessDenied', 'Verification']);

const logger: NextAuthConfig['logger'] = {
  error: (error) => {
    if (!EXPECTED_ERRORS.has((error as { type?: string }).type ?? '')) console.error(error);
  },
};

const cookieNames = (app: AuthApp, secure: boolean) => {
  // Both apps may live on one host (ports do not separate cookies), so every cookie is prefixed
  // by app; the session cookie's name is also the JWT's salt, so tokens are not interchangeable.
  const prefix = `${secure ? '__Secure-' : ''}fidele-${app}`;
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  const cookie = (name: string) => ({ name: `${prefix}.${name}`, options });
  return {
    sessionToken: cookie('session-token'),
    callbackUrl: cookie('callback-url'),
    csrfToken: {
      name: `${secure ? '__Host-' : ''}fidele-${app}.csrf-token`,
      options,
    },
    pkceCodeVerifier: cookie('pkce.code_verifier'),
    state: cookie('state'),
    nonce: cookie('nonce'),
    webauthnChallenge: cookie('challenge'),
  };
};

/**
 * next-auth for one app: JWT sessions in cookies named for the app, stamped with the app's actor
 * and refused on read when the actor differs or the server-side session is gone. Returns
 * next-auth's `{handlers, auth, signIn, signOut}` plus `signedIn()` and `signedInId()`.
 */
export const createAuth = ({ app, actor, pages, setup }: CreateAuthOptions) => {
  let cached: AuthSetup | undefined;
  const current = () => (cached ??= setup());

  const nextAuth = NextAuth(() => {
    const settings = current();
    const secure = new URL(settings.url).protocol === 'https:';
    const maxAge = settings.maxAge ?? 30 * 24 * 60 * 60;
    return {
      secret: settings.secret,
      trustHost: true,
      logger,
      useSecureCookies: secure,
      cookies: cookieNames(app, secure),
      session: { strategy: 'jwt', maxAge },
      providers: settings.providers,
      adapter: settings.adapter,
      pages: { signIn: pages.signIn, error: pages.signIn, verifyRequest: pages.verifyRequest },
      callbacks: {
        signIn: (params) => settings.allowSignIn?.(params) ?? true,
        // Runs at sign-in (with `user`) and on every session read: the session's lifetime is
        // fixed at sign-in, and a closed session ends the cookie (next-auth then clears it).
        jwt: async ({ token, user }) => {
          if (user?.id) {
            token.sub = user.id;
            token.actor = actor;
            token.sid = await settings.sessions.open(user.id, new Date(Date.now() + maxAge * 1000));
          }
          if (token.actor !== actor || !token.sid || !token.sub) return null;
          const claims = await settings.sessions.read(token.sid, token.sub);
          if (!claims) return null;
          token.claims = claims;
          return token;
        },
        session: ({ session, token }) => ({
          ...session,
          actor: token.actor ?? actor,
          sessionId: token.sid ?? '',
          claims: token.claims ?? {},
          user: { ...session.user, id: token.sub ?? '' },
        }),
      },
      events: {
        signOut: async (message) => {
          const sid = 'token' in message ? message.token?.sid : undefined;
          if (sid) await settings.sessions.close(sid);
        },
      },
    } satisfies NextAuthConfig;
  });

  /** The signed-in actor and the session the cookie names, or null. */
  const signedIn = async (): Promise<{ id: string; sessionId: string } | null> => {
    const session = await nextAuth.auth();
    return session?.actor === actor && session.user.id && session.sessionId
      ? { id: session.user.id, sessionId: session.sessionId }
      : null;
  };
  const signedInId = async (): Promise<string | null> => (await signedIn())?.id ?? null;

  // Next's request URL turns 127.0.0.1 into localhost (NextURL does), so links and redirects
  // would leave for another origin (and its cookies): next-auth gets a plain Request at the app's
  // public URL instead.
  const atPublicUrl = (request: NextRequest): NextRequest => {
    const url = new URL(request.url);
    const { protocol, host } = new URL(current().url);
    Object.assign(url, { protocol, host });
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body;
    return new Request(url, {
      method: request.method,
      headers: request.headers,
      body,
      duplex: 'half',
    } as RequestInit) as NextRequest;
  };
  const handlers = {
    GET: (request: NextRequest) => nextAuth.handlers.GET(atPublicUrl(request)),
    POST: (request: NextRequest) => nextAuth.handlers.POST(atPublicUrl(request)),
  };

  return { ...nextAuth, handlers, signedIn, signedInId };
};
