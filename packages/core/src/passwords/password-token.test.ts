import { describe, expect, it } from 'vitest';
import {
  hashPasswordToken,
  isPasswordTokenLive,
  issuePasswordToken,
  PASSWORD_TOKEN_LIFETIME_MS,
} from './password-token.ts';

const now = new Date('2026-12-01T10:00:00Z');

describe('password link tokens', () => {
  it('live 30 minutes for a reset and 3 days for an invitation', () => {
    expect(issuePasswordToken('RESET', now).expiresAt).toEqual(new Date('2026-12-01T10:30:00Z'));
    expect(issuePasswordToken('INVITATION', now).expiresAt).toEqual(
      new Date('2026-12-04T10:00:00Z'),
    );
    expect(PASSWORD_TOKEN_LIFETIME_MS.RESET).toBeLessThanOrEqual(60 * 60 * 1000);
  });

  it('stop working at their end of life', () => {
    const { expiresAt } = issuePasswordToken('RESET', now);
    expect(isPasswordTokenLive(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(true);
    expect(isPasswordTokenLive(expiresAt, expiresAt)).toBe(false);
  });

  it('are long random strings kept only as their hash', () => {
    const a = issuePasswordToken('RESET', now);
    const b = issuePasswordToken('RESET', now);
    expect(a.token).toMatch(/^[\w-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashPasswordToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
  });
});
