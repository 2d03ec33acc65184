/**
 * The client's address for per-address limits: the last `X-Forwarded-For` hop, the one written
 * by the proxy in front of the platform (proxies append). Without a proxy, Next fills the header
 * with the socket's address only when the client sent none, so per-address limits need one in
 * production; per-account limits do not. Without any hop, one shared bucket: a limit must not
 * vanish for lack of a header.
 */
export const clientAddressOf = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() ||
  headers.get('x-real-ip')?.trim() ||
  'unknown';
