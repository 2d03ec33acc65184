import { describe, expect, it } from 'vitest';
import { offerClaimErrorKey, rewardClaimErrorKey } from './claim-error.ts';

const refusal = (appCode?: string) => ({ data: { code: 'UNPROCESSABLE_CONTENT', appCode } });

describe('rewardClaimErrorKey', () => {
  it('explains each refusal of a claim', () => {
    expect(rewardClaimErrorKey(refusal('insufficient_points'))).toBe('insufficientPoints');
    expect(rewardClaimErrorKey(refusal('reward_out_of_stock'))).toBe('outOfStock');
    expect(rewardClaimErrorKey(refusal('tier_too_low'))).toBe('tierTooLow');
    expect(rewardClaimErrorKey(refusal('reward_not_available'))).toBe('notAvailable');
  });

  it('falls back to a generic message for anything else', () => {
    expect(rewardClaimErrorKey(refusal())).toBe('generic');
    expect(rewardClaimErrorKey(new Error('network down'))).toBe('generic');
    expect(rewardClaimErrorKey(null)).toBe('generic');
  });
});

describe('offerClaimErrorKey', () => {
  it('explains each refusal of an offer claim', () => {
    expect(offerClaimErrorKey(refusal('offer_not_found'))).toBe('notAvailable');
    expect(offerClaimErrorKey(refusal('offer_not_available'))).toBe('notAvailable');
    expect(offerClaimErrorKey(refusal('offer_not_valid_on_channel'))).toBe('tillOnly');
    expect(offerClaimErrorKey(refusal('offer_not_eligible'))).toBe('notEligible');
    expect(offerClaimErrorKey(refusal('offer_limit_reached'))).toBe('limitReached');
    expect(offerClaimErrorKey(refusal('offer_out_of_stock'))).toBe('outOfStock');
  });

  it('does not read another domain’s codes, nor inherited names, as its own', () => {
    expect(offerClaimErrorKey(refusal('insufficient_points'))).toBe('generic');
    expect(rewardClaimErrorKey(refusal('offer_limit_reached'))).toBe('generic');
    expect(offerClaimErrorKey(refusal('constructor'))).toBe('generic');
    expect(offerClaimErrorKey(new Error('network down'))).toBe('generic');
  });
});
