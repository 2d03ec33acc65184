import { securityHeadersProxy } from '@fidele/ui/security-proxy';
import type { NextRequest } from 'next/server';
import { keepDeviceId } from './device.ts';

export const proxy = (request: NextRequest) => {
  const response = securityHeadersProxy(request);
  keepDeviceId(request, response);
  return response;
};

// Every path but Next's static files (they get the other headers from next.config). A literal:
// Next reads it at build time.
export const config = { matcher: '/((?!_next/static|_next/image).*)' };
