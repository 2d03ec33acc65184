import { describe, expect, it } from 'vitest';
import { cardToken, parseCardToken } from './card-token.ts';

const secret = '0123456789ABCDEF0123456789ABCDEF';
const at = (iso: string) => new Date(iso);

describe('rotating card token', () => {
  it('changes every 30 seconds and carries the member code', () => {
    const a = cardToken('123456789012', secret, at('2026-11-23T12:00:05Z'));
    const b = cardToken('123456789012', secret, at('2026-11-23T12:00:25Z'));
    const c = cardToken('123456789012', secret, at('2026-11-23T12:00:35Z'));
    expect(a.token).toBe(b.token);
    expect(a.token).not.toBe(c.token);
    expect(parseCardToken(a.token)).toMatchObject({ memberCode: '123456789012' });
    expect(a.refreshAt).toEqual(at('2026-11-23T12:00:30Z'));
  });

  it('differs between customers at the same moment', () => {
    const now = at('2026-11-23T12:00:00Z');
    expect(cardToken('123456789012', secret, now).token).not.toBe(
      cardToken('123456789012', 'FEDCBA9876543210FEDCBA9876543210', now).token,
    );
  });

  it('parses only well-formed tokens', () => {
    expect(parseCardToken('FDL:123456789012:12345678')).toEqual({
      memberCode: '123456789012',
      otp: '12345678',
    });
    expect(parseCardToken('FDL:123:12345678')).toBeUndefined();
    expect(parseCardToken('123456789012')).toBeUndefined();
  });
});
