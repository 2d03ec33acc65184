import { describe, expect, it } from 'vitest';
import { checkAdjustment, MAX_ADJUSTMENT } from './adjust-points.ts';

const base = {
  customerId: 'c',
  staffUserId: 's',
  points: 10,
  customerReason: 'A gesture for the late delivery',
  reason: 'Goodwill gesture',
};

describe('checkAdjustment', () => {
  it('accepts signed whole points and trims both reasons', () => {
    expect(
      checkAdjustment({
        ...base,
        points: -25,
        customerReason: ' Points counted twice ',
        reason: '  Lost receipt  ',
      }),
    ).toEqual({
      ...base,
      points: -25,
      customerReason: 'Points counted twice',
      reason: 'Lost receipt',
    });
    expect(checkAdjustment({ ...base, points: MAX_ADJUSTMENT }).points).toBe(MAX_ADJUSTMENT);
  });

  it('keeps no internal note when there is none or it is blank', () => {
    expect(checkAdjustment({ ...base, reason: undefined }).reason).toBeUndefined();
    expect(checkAdjustment({ ...base, reason: '   ' }).reason).toBeUndefined();
  });

  it.each([0, 1.5, Number.NaN, MAX_ADJUSTMENT + 1, -MAX_ADJUSTMENT - 1])(
    'refuses %s points',
    (points) => {
      expect(() => checkAdjustment({ ...base, points })).toThrow(
        expect.objectContaining({ code: 'invalid_adjustment' }),
      );
    },
  );

  it.each(['', '  ab  ', 'x'.repeat(201)])('refuses the customer reason %j', (customerReason) => {
    expect(() => checkAdjustment({ ...base, customerReason })).toThrow(
      expect.objectContaining({ code: 'invalid_adjustment' }),
    );
  });

  it.each(['  ab  ', 'x'.repeat(501)])('refuses the internal note %j', (reason) => {
    expect(() => checkAdjustment({ ...base, reason })).toThrow(
      expect.objectContaining({ code: 'invalid_adjustment' }),
    );
  });
});
