import { describe, expect, it } from 'vitest';
import { receiptClaimErrorKey } from './receipt-claim-error.ts';

describe('receiptClaimErrorKey', () => {
  it('names each refusal, and anything else as generic', () => {
    expect(receiptClaimErrorKey({ data: { appCode: 'receipt_claim_expired' } })).toBe('expired');
    expect(receiptClaimErrorKey({ data: { appCode: 'receipt_already_claimed' } })).toBe(
      'alreadyClaimed',
    );
    expect(receiptClaimErrorKey({ data: { appCode: 'something_else' } })).toBe('generic');
    expect(receiptClaimErrorKey(new Error('network'))).toBe('generic');
  });
});
