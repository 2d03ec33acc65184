import { describe, expect, it } from 'vitest';
import { checkAdjustment, MAX_ADJUSTMENT } from './adjust-points.ts';

const base = { customerId: 'c', staffUserId: 's', points: 10, reason: 'Goodwill gesture' };

describe('checkAdjustment', () => {
  it('accepts signed whole points and trims the reason', () => {
    expect(checkAdjustment({ ...base, points: -25, reason: '  Lost receipt  ' })).toEqual({
      ...base,
      points: -25,
      reason: 'Lost receipt',
    });
    expect(checkAdjustment({ ...base, points: MAX_ADJUSTMENT }).points).toBe(MAX_ADJUSTMENT);
  });

  it.each([0, 1.5, Number.NaN, MAX_ADJUSTMENT + 1, -MAX_ADJUSTMENT - 1])(
    'refuses %s points',
    (points) => {
      expect(() => checkAdjustment({ ...base, points })).toThrow(
        expect.objectContaining({ code: 'invalid_adjustment' }),
      );
    },
  );

  it.each(['', '  ab  ', 'x'.repeat(501)])('refuses the reason %j', (reason) => {
    expect(() => checkAdjustment({ ...base, reason })).toThrow(
      expect.objectContaining({ code: 'invalid_adjustment' }),
    );
  });
});
