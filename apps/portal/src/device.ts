import type { NextRequest, NextResponse } from 'next/server';

// A random id the portal keeps in each browser, so the admin can see many accounts playing from
// one device (game plays record it). Kept for fraud prevention only: a strictly necessary cookie.
const DEVICE_COOKIE = 'fidele_device';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const A_YEAR_S = 365 * 24 * 3600;

/** Gives a browser without one its device id. */
export const keepDeviceId = (request: NextRequest, response: NextResponse) => {
  if (deviceIdOf(request)) return;
  response.cookies.set(DEVICE_COOKIE, crypto.randomUUID(), {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    maxAge: A_YEAR_S,
    path: '/',
  });
};

/** The browser's device id, if it sent a well-formed one (from a request's or a page's cookies). */
export const deviceIdOf = (request: { cookies: Pick<NextRequest['cookies'], 'get'> }) => {
  const value = request.cookies.get(DEVICE_COOKIE)?.value;
  return value && UUID.test(value) ? value : undefined;
};
