import { describe, expect, it } from 'vitest';
import { programmeAccountCode } from './accounts.ts';

describe('programmeAccountCode', () => {
  it('names the programme side of each movement by type and channel', () => {
    expect(programmeAccountCode('EARN', 'STORE')).toBe('issued:STORE');
    expect(programmeAccountCode('EARN', 'ESHOP')).toBe('issued:ESHOP');
    expect(programmeAccountCode('REDEEM', 'ESHOP')).toBe('redeemed:ESHOP');
    expect(programmeAccountCode('ADJUST', 'ADMIN')).toBe('adjusted:ADMIN');
    expect(programmeAccountCode('EXPIRE', 'APP')).toBe('expired');
    expect(programmeAccountCode('REVERSAL', 'STORE')).toBe('reversed:STORE');
  });
});
