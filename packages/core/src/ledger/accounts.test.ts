import { describe, expect, it } from 'vitest';
import { PROGRAMME_SLOTS, programmeAccountCode, programmeSlotCode } from './accounts.ts';

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

describe('programmeSlotCode', () => {
  it('spreads customers over the slots of an account, always the same slot for a customer', () => {
    const slots = new Set(
      Array.from({ length: 256 }, (_, i) =>
        programmeSlotCode(
          'issued:STORE',
          `00000000-0000-4000-8000-0000000000${i.toString(16).padStart(2, '0')}`,
        ),
      ),
    );
    expect(slots.size).toBe(PROGRAMME_SLOTS);
    for (const slot of slots) {
      const [, index] = /^issued:STORE#(\d+)$/.exec(slot) ?? [];
      expect(Number(index)).toBeLessThan(PROGRAMME_SLOTS);
    }
    const id = '3f0c1a2b-0000-4000-8000-00000000001f';
    expect(programmeSlotCode('issued:STORE', id)).toBe(programmeSlotCode('issued:STORE', id));
  });
});
