import { describe, expect, it } from 'vitest';
import { AppError, codesWithStatus, errorCatalogue } from './errors.ts';

describe('the error catalogue', () => {
  it('gives an error its status and, unless the throw site says more, its message', () => {
    const plain = new AppError('customer_not_found');
    expect([plain.status, plain.message]).toEqual([404, 'No such customer.']);
    const precise = new AppError('tier_in_use', 'GOLD still has customers.', { tier: 'GOLD' });
    expect([precise.status, precise.message, precise.details]).toEqual([
      409,
      'GOLD still has customers.',
      { tier: 'GOLD' },
    ]);
  });

  it('names every code in snake_case, under the status it answers', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(codesWithStatus(entry.status)).toContain(code);
    }
  });

  it('does not compile a code that is not in it', () => {
    // @ts-expect-error: 'no_such_code' is not catalogued (typecheck fails if it compiles).
    const make = () => new AppError('no_such_code');
    expect(make).toThrow();
  });
});
