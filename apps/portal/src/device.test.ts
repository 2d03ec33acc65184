import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it } from 'vitest';
import { deviceIdOf, keepDeviceId } from './device.ts';

const request = (cookie?: string) =>
  new NextRequest('https://portal.example/games', {
    headers: cookie ? { cookie: `fidele_device=${cookie}` } : {},
  });

describe('the device id', () => {
  it('is given once to a browser without one, http-only and for a year', () => {
    const response = NextResponse.next();
    keepDeviceId(request(), response);
    const set = response.cookies.get('fidele_device');
    expect(set?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(set).toMatchObject({ httpOnly: true, secure: true, sameSite: 'lax' });

    const kept = NextResponse.next();
    keepDeviceId(request(set!.value), kept);
    expect(kept.cookies.get('fidele_device')).toBeUndefined();
    expect(deviceIdOf(request(set!.value))).toBe(set!.value);
  });

  it('is ignored, and replaced, when it is not one of ours', () => {
    expect(deviceIdOf(request('x; drop table'))).toBeUndefined();
    const response = NextResponse.next();
    keepDeviceId(request('forged'), response);
    expect(response.cookies.get('fidele_device')).toBeDefined();
  });
});
