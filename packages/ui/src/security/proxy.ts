import { type NextRequest, NextResponse } from 'next/server';
import { pageContentSecurityPolicy, SECURITY_HEADERS } from './headers.ts';

/**
 * A Next app's `proxy`: a fresh nonce per request, given to Next in the request's CSP header
 * (Next reads it there and puts it on the scripts it renders) and sent to the browser with
 * the other security headers.
 */
export const securityHeadersProxy = (request: NextRequest): NextResponse => {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
};
