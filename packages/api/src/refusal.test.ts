import { AppError } from '@fidele/core';
import { RateLimitedError } from '@fidele/core/rate-limits';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { formRefusalOf } from './refusal.ts';

const refused = (cause: Error) => new TRPCError({ code: 'BAD_REQUEST', cause });

describe('form refusals', () => {
  it('says rateLimited with the whole minutes to wait', () => {
    expect(formRefusalOf(refused(new RateLimitedError(61)))).toEqual({
      error: 'rateLimited',
      wait: 2,
    });
  });

  it('names a known refusal by the form’s message key', () => {
    const wrong = refused(new AppError('wrong_password'));
    expect(formRefusalOf(wrong, { wrong_password: 'wrongPassword' })).toEqual({
      error: 'wrongPassword',
    });
  });

  it('throws on what the form has no words for', () => {
    const unknown = refused(new AppError('password_link_invalid'));
    expect(() => formRefusalOf(unknown, { wrong_password: 'wrongPassword' })).toThrow(unknown);
    const bug = new Error('database lost');
    expect(() => formRefusalOf(bug)).toThrow(bug);
  });
});
