import { describe, expect, it } from 'vitest';
import { claimErrorKey } from './claim-error.ts';

const refusal = (appCode?: string) => ({ data: { code: 'UNPROCESSABLE_CONTENT', appCode } });

describe('claimErrorKey', () => {
  it('explains each refusal of a claim', () => {
    expect(claimErrorKey(refusal('insufficient_points'))).toBe('insufficientPoints');
    expect(claimErrorKey(refusal('reward_out_of_stock'))).toBe('outOfStock');
    expect(claimErrorKey(refusal('tier_too_low'))).toBe('tierTooLow');
    expect(claimErrorKey(refusal('reward_not_available'))).toBe('notAvailable');
  });

  it('falls back to a generic message for anything else', () => {
    expect(claimErrorKey(refusal())).toBe('generic');
    expect(claimErrorKey(new Error('network down'))).toBe('generic');
    expect(claimErrorKey(null)).toBe('generic');
  });
});
