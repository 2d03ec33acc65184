import { describe, expect, it } from 'vitest';
import { minorUnitDigits, wholeUnits } from './currency.ts';

describe('currency', () => {
  it('reads the minor unit from the currency', () => {
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('KWD')).toBe(3);
  });

  it('counts whole units rounding down', () => {
    expect(wholeUnits(1999, 'EUR')).toBe(19);
    expect(wholeUnits(99, 'EUR')).toBe(0);
    expect(wholeUnits(1999, 'JPY')).toBe(1999);
    expect(wholeUnits(12_345, 'KWD')).toBe(12);
  });
});
