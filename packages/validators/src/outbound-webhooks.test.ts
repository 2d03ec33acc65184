import { describe, expect, it } from 'vitest';
import { isLocalHttpUrl, webhookEndpointFields } from './outbound-webhooks.ts';

const endpoint = (url: string) =>
  webhookEndpointFields.safeParse({ url, events: ['points.earned'] }).success;

describe('webhook endpoint addresses', () => {
  it('take https, and http only to this machine', () => {
    expect(endpoint('https://crm.example/hooks')).toBe(true);
    expect(endpoint('http://127.0.0.1:4100/hooks')).toBe(true);
    expect(endpoint('http://localhost/hooks')).toBe(true);
    expect(endpoint('http://crm.example/hooks')).toBe(false);
    expect(endpoint('http://127.0.0.1.nip.example/hooks')).toBe(false);
    expect(endpoint('ftp://crm.example/hooks')).toBe(false);
    expect(endpoint('crm.example/hooks')).toBe(false);
  });

  it('refuse credentials in the address', () => {
    expect(endpoint('https://user:secret@crm.example/hooks')).toBe(false);
  });

  it('tell local http apart, which the platform allows only in development', () => {
    expect(isLocalHttpUrl('http://127.0.0.1:4100/hooks')).toBe(true);
    expect(isLocalHttpUrl('https://127.0.0.1/hooks')).toBe(false);
    expect(isLocalHttpUrl('not a url')).toBe(false);
  });

  it('need at least one known event, each once', () => {
    const parse = (events: string[]) =>
      webhookEndpointFields.safeParse({ url: 'https://crm.example', events });
    expect(parse([]).success).toBe(false);
    expect(parse(['order.paid']).success).toBe(false);
    expect(parse(['code.issued', 'code.issued']).data?.events).toEqual(['code.issued']);
  });
});
