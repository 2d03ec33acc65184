/**
 * The security headers of every Fidèle response (portal, admin, API, API docs), in one place.
 * Pages get a Content-Security-Policy with a fresh nonce per request (`pageContentSecurityPolicy`);
 * JSON answers one that allows nothing at all.
 */

type Directives = Record<string, string[]>;

/** `{ 'default-src': ["'self'"] }` → `default-src 'self'` */
export const serializeCsp = (directives: Directives): string =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/** Sent with every response: no sniffing, no framing, no full URL in a referrer. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  // CSP's frame-ancestors is the rule; X-Frame-Options is for browsers that predate it.
  'X-Frame-Options': 'DENY',
} as const;

/** For answers that are data, never documents (the REST API). */
export const DATA_CONTENT_SECURITY_POLICY = serializeCsp({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/**
 * A Next page's policy: scripts only with this request's nonce (Next puts it on its own
 * scripts, and 'strict-dynamic' lets them load the app's chunks), everything else from the
 * platform itself. Style attributes are allowed (components set widths and colours inline);
 * development adds what React's tooling needs (eval, the reload socket).
 */
export const pageContentSecurityPolicy = (nonce: string, { dev = false } = {}): string =>
  serializeCsp({
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });

/** The API reference page: the reference's own bundle and styles, nothing from elsewhere. */
export const DOCS_CONTENT_SECURITY_POLICY = serializeCsp({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // The reference's components inject their styles at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});
