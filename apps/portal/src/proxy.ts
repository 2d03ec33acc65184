import { securityHeadersProxy } from '@fidele/ui/security-proxy';

export const proxy = securityHeadersProxy;

// Every path but Next's static files (they get the other headers from next.config). A literal:
// Next reads it at build time.
export const config = { matcher: '/((?!_next/static|_next/image).*)' };
